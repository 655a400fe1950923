package io.aigcnet.chain.store;

import java.util.List;

/**
 * A super node's write-ahead record of its votes and lock for the height being decided. A node writes
 * here, durably, before a statement leaves it; after {@code kill -9} it reloads the records of its next
 * height and resumes as the same correct validator: it re-sends what it signed, keeps its lock, and never
 * signs a conflicting statement. Records of finalised heights are discarded.
 */
public interface ConsensusJournal {
    /** Appends records; durable (fsynced for disk journals) when this returns. */
    void append(List<ConsensusRecord> records);

    /** The records of {@code height}, in the order written. */
    List<ConsensusRecord> load(long height);

    /** Drops every record of a height below {@code height} (they are final now). */
    void discardBelow(long height);
}
