/**
 * Buddy finality: votes over a block's finality digest ({@link org.witan.core.finality.Vote},
 * {@link org.witan.core.finality.VoteTarget}), quorum certificates as a signer bitmap plus
 * signatures, the pure rules that verify a certificate against a producer set ({@link
 * org.witan.core.finality.CertificateVerifier}), and evidence of equivocation.
 */
package org.witan.core.finality;
