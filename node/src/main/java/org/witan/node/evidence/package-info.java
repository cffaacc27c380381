/**
 * Fork evidence from peers ({@code POST /v1/evidence} and the {@code evidence} stream message,
 * docs/peer-api.md): {@link org.witan.node.evidence.ForkEvidenceVerifier} checks both items against
 * the producer sets of the node's final chain with the light client's rules, and {@link
 * org.witan.node.evidence.SafetyAlarm} raises the alarm once per evidence: it logs it, keeps it for
 * the status, forwards it to peers, and hands a double proposal to the node's evidence sink so the
 * team is slashed on chain.
 */
package org.witan.node.evidence;
