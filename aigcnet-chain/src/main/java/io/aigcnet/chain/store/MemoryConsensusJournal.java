package io.aigcnet.chain.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's journal. It lives in the node's {@link MemoryLedgerStore}, which survives a simulated
 * crash, so a restarted node gets back exactly what it wrote: the same contract as the disk journal.
 */
public final class MemoryConsensusJournal implements ConsensusJournal {
    private final List<ConsensusRecord> records = new ArrayList<>();

    @Override
    public void append(List<ConsensusRecord> rs) {
        records.addAll(rs);
    }

    @Override
    public List<ConsensusRecord> load(long height) {
        return records.stream().filter(r -> r.height() == height).toList();
    }

    @Override
    public void discardBelow(long height) {
        records.removeIf(r -> r.height() < height);
    }

    /** Number of records held (tests: the journal stays bounded by one height's statements). */
    public int size() {
        return records.size();
    }
}
