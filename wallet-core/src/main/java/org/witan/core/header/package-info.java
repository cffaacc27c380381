/**
 * Block headers: the signed commitment to a block's place (height, slot, parent), its producer, its
 * transactions, the state and history after it, the producer sets, and the certificate its body
 * carries. {@link org.witan.core.header.HeaderRules} checks a header against the active set.
 */
package org.witan.core.header;
