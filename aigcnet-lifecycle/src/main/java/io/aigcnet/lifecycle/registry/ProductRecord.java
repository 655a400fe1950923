package io.aigcnet.lifecycle.registry;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.lifecycle.image.Fingerprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A registered AIGC product (the Proof-of-AIGC record). The fingerprint is computed by the validators
 * from the opened content, never taken from a submitter. Records are never deleted: a plagiarised copy
 * becomes {@link State#REMOVED} and keeps its history.
 *
 * @param id SHA-256("aigc/product" || generation HTLC id)
 * @param contentHash SHA-256 of the content (the image file bytes)
 * @param cipherRef SHA-256 of the sealed content on the storage chain
 * @param promptCommitment SHA-256(salt || prompt): the prompt stays private
 * @param esp the generating ESP; {@code claimTxId} is its signed claim
 * @param priorityHeight height of the generation HTLC's opening (first registered wins a challenge)
 * @param priorityIndex position of that opening among the block's lifecycle transactions
 */
public record ProductRecord(Hash id, Hash contentHash, Fingerprint fingerprint, Hash cipherRef, Hash promptCommitment,
        Address producer, Address esp, Hash claimTxId, long priorityHeight, int priorityIndex, long registeredHeight,
        long registeredTimeNanos, long lastPrice, State state, List<OwnershipEntry> owners, Optional<Hash> removedBy) {
    public enum State { ACTIVE, LOCKED, REMOVED }

    public ProductRecord {
        owners = List.copyOf(owners);
    }

    public Address owner() {
        return owners.get(owners.size() - 1).owner();
    }

    /** True iff this product was registered strictly before {@code o}. */
    public boolean precedes(ProductRecord o) {
        return priorityHeight < o.priorityHeight || (priorityHeight == o.priorityHeight && priorityIndex < o.priorityIndex);
    }

    ProductRecord withState(State s) {
        return new ProductRecord(id, contentHash, fingerprint, cipherRef, promptCommitment, producer, esp, claimTxId,
                priorityHeight, priorityIndex, registeredHeight, registeredTimeNanos, lastPrice, s, owners, removedBy);
    }

    ProductRecord removed(Hash challengeId) {
        return new ProductRecord(id, contentHash, fingerprint, cipherRef, promptCommitment, producer, esp, claimTxId,
                priorityHeight, priorityIndex, registeredHeight, registeredTimeNanos, lastPrice, State.REMOVED, owners,
                Optional.of(challengeId));
    }

    ProductRecord traded(OwnershipEntry e) {
        List<OwnershipEntry> o = new ArrayList<>(owners);
        o.add(e);
        return new ProductRecord(id, contentHash, fingerprint, cipherRef, promptCommitment, producer, esp, claimTxId,
                priorityHeight, priorityIndex, registeredHeight, registeredTimeNanos, e.price(), State.ACTIVE, o, removedBy);
    }
}
