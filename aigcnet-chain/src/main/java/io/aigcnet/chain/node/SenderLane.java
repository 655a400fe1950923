package io.aigcnet.chain.node;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.tx.Transaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * One sender's pooled transactions in nonce order, for packing. A lane competes for the next block slot
 * with the pool rank of its head (its lowest pending nonce), as Ethereum clients order by the price of
 * each account's next executable transaction.
 */
final class SenderLane {
    private final List<Transaction> txs = new ArrayList<>(2);
    private final List<Integer> ranks = new ArrayList<>(2);
    private int[] byNonce;
    private int pos;

    private static final Comparator<SenderLane> BY_HEAD_RANK = Comparator.comparingInt(SenderLane::headRank);

    /** Groups the pool (in its packing order) into lanes, queued by the rank of each lane's head. */
    static PriorityQueue<SenderLane> group(Iterator<Transaction> inOrder) {
        Map<Address, SenderLane> lanes = new HashMap<>();
        int rank = 0;
        while (inOrder.hasNext()) {
            Transaction tx = inOrder.next();
            SenderLane lane = lanes.computeIfAbsent(tx.sender(), a -> new SenderLane());
            lane.txs.add(tx);
            lane.ranks.add(rank++);
        }
        PriorityQueue<SenderLane> heads = new PriorityQueue<>(Math.max(1, lanes.size()), BY_HEAD_RANK);
        for (SenderLane lane : lanes.values()) {
            lane.sortByNonce();
            heads.add(lane);
        }
        return heads;
    }

    private void sortByNonce() {
        Integer[] idx = new Integer[txs.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        // stable: equal nonces (a replacement pair) keep pool order
        java.util.Arrays.sort(idx, Comparator.comparingLong((Integer i) -> txs.get(i).nonce()));
        byNonce = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            byNonce[i] = idx[i];
        }
    }

    Transaction head() {
        return txs.get(byNonce[pos]);
    }

    private int headRank() {
        return ranks.get(byNonce[pos]);
    }

    /** Moves past the head; the lane goes back into the queue if it has more. */
    void requeue(PriorityQueue<SenderLane> heads) {
        pos++;
        if (pos < byNonce.length) {
            heads.add(this);
        }
    }
}
