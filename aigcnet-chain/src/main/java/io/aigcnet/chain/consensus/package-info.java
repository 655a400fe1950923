/**
 * DPoS with BFT finality. A {@link io.aigcnet.chain.consensus.StakeRegistry} elects the S super nodes
 * with the largest stake. Time is cut into fixed slots of one block interval; the super node
 * {@code active[slot mod |active|]} produces in its slot, and a producer that is down simply leaves its
 * slot empty (skipped). Each block is finalised by a Tendermint-style vote: prevote, then precommit, with
 * locks; it is final once 2/3+1 super nodes precommit it in one round (the round is the slot). Safety holds
 * with fewer than 1/3 Byzantine super nodes (two quorums of ⌊2n/3⌋+1 share an honest node, and honest
 * nodes vote once per round and honour their locks). Equivocation (two signed statements of one kind for
 * different blocks at one height and round) becomes evidence; once committed the offender is removed.
 */
package io.aigcnet.chain.consensus;
