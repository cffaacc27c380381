/**
 * The authenticated state as clients see it (docs/protocol.md section 9): the typed keys of the
 * state tree, the records stored under them with their codecs, vote weight, and the reasons a
 * transaction is refused against state. The node executes blocks on it; the light client decodes
 * proven records with the same codecs.
 */
package org.witan.core.state;
