/**
 * The light client's own file: its trust root, the producer sets it verified, the proof of its
 * newest final block and a bounded run of recent final headers ({@link
 * org.witan.light.store.StoredClient}), written atomically and read back with size bounds and a
 * checksum ({@link org.witan.light.store.FileLightStore}). The trust root on file changes only
 * through {@link org.witan.light.store.FileLightStore#confirmTrustRoot}, which a person triggers.
 */
package org.witan.light.store;
