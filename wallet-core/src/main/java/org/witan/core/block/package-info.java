/**
 * Whole blocks: a header with its transactions, the certificates it claims and, at an epoch
 * boundary, the next producer set; and the stateless rules that tie a body to its header.
 */
package org.witan.core.block;
