/**
 * H2 adaptors of the node's persistence ports: one file database per node, its schema managed by
 * Flyway migrations ({@code db/migration}), one writer at a time, and every write of one block or
 * finalization in one database transaction. {@link org.witan.node.storage.h2.H2ChainStore} keeps
 * the final chain (docs/decisions/0012); {@link org.witan.node.storage.h2.H2BlockStore} and {@link
 * org.witan.node.storage.h2.H2SafetyStore} are consensus's stores. The only package that knows
 * about H2 or SQL.
 */
package org.witan.node.storage.h2;
