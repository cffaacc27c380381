/** The light client: header sync from several peers, verification, proofs and cross-checks. */
package org.witan.light;
