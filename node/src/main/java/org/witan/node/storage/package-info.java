/**
 * Storage that is not tied to one database: {@link org.witan.node.storage.CachingNodeStore} keeps
 * recently used state-tree nodes in memory in front of any {@link org.witan.core.merkle.NodeStore},
 * and the checked exceptions of a failed write, split by what a person does about them ({@link
 * org.witan.node.storage.StorageFullException}, {@link
 * org.witan.node.storage.StorageWriteException}). The H2 adaptors are in {@code storage.h2}.
 */
package org.witan.node.storage;
