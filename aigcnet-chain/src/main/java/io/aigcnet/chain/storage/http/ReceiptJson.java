package io.aigcnet.chain.storage.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigcnet.chain.storage.ContentKey;
import io.aigcnet.chain.storage.StorageReceipt;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** JSON form of a {@link StorageReceipt} for the HTTP API (field names as in the record). */
final class ReceiptJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReceiptJson() {
    }

    static byte[] write(StorageReceipt r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("contentKey", r.contentKey().hex());
        o.put("size", r.size());
        o.put("chunkSize", r.chunkSize());
        o.put("chunkCount", r.chunkCount());
        o.put("replication", r.replication());
        r.manifestNodes().forEach(o.putArray("manifestNodes")::add);
        try {
            return MAPPER.writeValueAsBytes(o);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise receipt", e);
        }
    }

    static StorageReceipt read(byte[] json) throws IOException {
        JsonNode o = MAPPER.readTree(json);
        List<String> holders = new ArrayList<>();
        o.path("manifestNodes").forEach(n -> holders.add(n.asText()));
        return new StorageReceipt(ContentKey.parse(required(o, "contentKey").asText()), required(o, "size").asLong(),
                required(o, "chunkSize").asInt(), required(o, "chunkCount").asInt(),
                required(o, "replication").asInt(), holders);
    }

    private static JsonNode required(JsonNode o, String field) throws IOException {
        JsonNode n = o.get(field);
        if (n == null) {
            throw new IOException("storage receipt JSON lacks field '" + field + "'");
        }
        return n;
    }
}
