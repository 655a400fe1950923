/**
 * ProSecutor's reputation roll-up (P1, Algorithm 1). Clients send signed Opinion_Update transactions to
 * a nearby RCO (reputation coordinator = super node); RCOs sync them among themselves, take turns
 * compressing up to 500 of them into a roll-up block B_r (their SHA-256 ids in chronological order, or
 * in compact mode only the Merkle root of the ids while the opinions go to the storage chain), execute
 * them with the reputation module's MWSL equations, rebuild the Reputation Tree (a SHA-256 Merkle tree
 * over (MASP address, reputation) leaves), append its root and submit a Reputation_Roll-up
 * transaction. The other RCOs validate by re-executing; a mismatch yields a poison transaction and a
 * rollback to the last valid tree.
 */
package io.aigcnet.layer2.rollup;
