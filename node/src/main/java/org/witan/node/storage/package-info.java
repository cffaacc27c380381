/**
 * Storage that is not tied to one database: {@link org.witan.node.storage.CachingNodeStore} keeps
 * recently used state-tree nodes in memory in front of any {@link org.witan.core.merkle.NodeStore}.
 * The H2 adaptors are in {@code storage.h2}.
 */
package org.witan.node.storage;
