/**
 * Transactions: the signed envelope ({@link org.witan.core.tx.Transaction}, {@link
 * org.witan.core.tx.TxBody}), one record per action of the protocol ({@link
 * org.witan.core.tx.Action}), their canonical encoding, and the stateless rules ({@link
 * org.witan.core.tx.TransactionRules}) that every node and wallet applies before looking at state.
 */
package org.witan.core.tx;
