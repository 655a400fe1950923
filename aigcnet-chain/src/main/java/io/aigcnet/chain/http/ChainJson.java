package io.aigcnet.chain.http;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.Vote;
import io.aigcnet.chain.store.StoredBlock;
import io.aigcnet.chain.tx.Transaction;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON shapes of blocks and transactions, shared by the API and the dashboard feed. */
final class ChainJson {
    private ChainJson() {
    }

    static Map<String, Object> blockSummary(StoredBlock sb) {
        Block b = sb.block();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("height", b.height());
        m.put("hash", b.hash().hex());
        m.put("time_ns", b.header().timeNanos());
        m.put("producer", b.producer().hex());
        m.put("tx_count", b.txs().size());
        m.put("precommits", sb.certificate().precommits().size());
        return m;
    }

    static Map<String, Object> block(StoredBlock sb) {
        Block b = sb.block();
        Map<String, Object> m = blockSummary(sb);
        m.put("parent", b.header().parent().hex());
        m.put("slot", b.header().slot());
        m.put("round", sb.certificate().round());
        m.put("signers", sb.certificate().precommits().stream().map(Vote::validator).map(a -> a.hex()).toList());
        m.put("evidence", b.evidence().size());
        m.put("txs", b.txs().stream().map(t -> t.id().hex()).toList());
        m.put("transactions", b.txs().stream().map(ChainJson::tx).toList());
        return m;
    }

    /** The shape {@code GET /block/{height}} has always had: header fields and transaction ids. */
    static Map<String, Object> compact(StoredBlock sb) {
        Block b = sb.block();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("height", b.height());
        m.put("hash", b.hash().hex());
        m.put("parent", b.header().parent().hex());
        m.put("slot", b.header().slot());
        m.put("time_ns", b.header().timeNanos());
        m.put("producer", b.producer().hex());
        m.put("precommits", sb.certificate().precommits().size());
        m.put("txs", b.txs().stream().map(t -> t.id().hex()).toList());
        return m;
    }

    static Map<String, Object> tx(Transaction t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id().hex());
        m.put("type", t.type().name());
        m.put("sender", t.sender().hex());
        m.put("receiver", t.receiver().hex());
        m.put("value", t.value());
        m.put("fee", t.fee());
        m.put("nonce", t.nonce());
        m.put("payload_bytes", t.payloadSize());
        return m;
    }
}
