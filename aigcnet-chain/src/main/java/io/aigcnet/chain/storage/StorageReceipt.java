package io.aigcnet.chain.storage;

import java.util.List;

/**
 * What the storage chain hands back after an upload (ProSecutor §IV-A): the key needed to fetch
 * the content, i.e. the SHA-256 of the whole content, plus the facts a fetcher or auditor needs:
 * size, chunking, the replication factor achieved and the nodes that hold the manifest.
 */
public record StorageReceipt(ContentKey contentKey, long size, int chunkSize, int chunkCount,
                             int replication, List<String> manifestNodes) {
    public StorageReceipt {
        manifestNodes = List.copyOf(manifestNodes);
    }
}
