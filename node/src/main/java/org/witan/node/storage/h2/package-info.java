/**
 * H2 adaptors of the node's persistence ports: one file database per node, its schema managed by
 * Flyway migrations ({@code db/migration}), one writer at a time, and every write of one block in
 * one database transaction. The only package that knows about H2 or SQL.
 */
package org.witan.node.storage.h2;
