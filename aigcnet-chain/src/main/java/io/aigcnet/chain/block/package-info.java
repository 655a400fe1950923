/**
 * Anchor-chain blocks and the signed statements of consensus: block headers signed by their producer,
 * votes (proposal, prevote, precommit) signed by super nodes, commit certificates (2/3+1 precommits)
 * and equivocation evidence. Each has a canonical encoding and a bounds-checked decoder. The paper's
 * storage accounting (header 120 B, transaction 99 B, hash 32 B) is kept apart from the real encoding in
 * {@link io.aigcnet.chain.block.CanonicalSize}.
 */
package io.aigcnet.chain.block;
