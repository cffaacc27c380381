/**
 * Reading the chain's state without trusting anyone: a peer answers with a record's bytes and a
 * sparse Merkle proof, and {@link org.witan.light.query.ProvenState} accepts the answer only if the
 * proof ties it (or its absence) to the state root of a header the client has proven final.
 */
package org.witan.light.query;
