/**
 * ProSecutor's storage chain: an IPFS-style content-addressed chunk store that keeps large AIGC
 * outputs (and, in compact roll-up mode, opinion batches) off the anchor chain. Content is split
 * into fixed-size chunks, each chunk is replicated on several {@link
 * io.aigcnet.chain.storage.StorageNode}s chosen by rendezvous hashing, and a {@link
 * io.aigcnet.chain.storage.StorageReceipt} whose key is the SHA-256 of the whole content is
 * returned to the uploader. The storage chain keeps no ledger: every read is verified against
 * the content key, so a corrupted or missing replica is detected and skipped.
 */
package io.aigcnet.chain.storage;
