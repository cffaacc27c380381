/**
 * What a chain is born with: {@link org.witan.core.chain.Genesis} (chain id, timing, the genesis
 * accounts and teams), the fixed {@link org.witan.core.chain.ChainConfig} every node and light
 * client needs to follow the schedule, and the governable {@link org.witan.core.chain.Params}.
 */
package org.witan.core.chain;
