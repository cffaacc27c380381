/**
 * The light client as one object an application holds: {@link org.witan.light.client.LightClient}
 * wires the HTTP transport, the peer set, witnessed sync, proven state and transaction tracking
 * from a {@link org.witan.light.client.LightConfig}, runs every blocking step on an executor the
 * caller chooses and reports through a {@link org.witan.light.client.LightListener} on another.
 * {@code Following} is one {@code follow()}: a sync, a head follower on a peer's stream, and a
 * change of peer when that one fails.
 */
package org.witan.light.client;
