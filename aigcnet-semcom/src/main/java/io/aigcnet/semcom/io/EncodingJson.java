package io.aigcnet.semcom.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigcnet.semcom.encode.Encoding;
import io.aigcnet.semcom.prompt.Token;

/**
 * The JSON form of an {@link Encoding}: {@code {"words": [{text, pos, kept, importance, segment_px}],
 * "order": [token indices], "semantic_px": n}}; words in prompt order, importance null for X-type words.
 */
public final class EncodingJson {
    private EncodingJson() {}

    public static ObjectNode toJson(Encoding e) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ArrayNode words = root.putArray("words");
        for (int i = 0; i < e.prompt().size(); i++) {
            Token t = e.prompt().token(i);
            ObjectNode w = words.addObject();
            w.put("text", t.text());
            w.put("pos", t.pos().name());
            w.put("kept", t.pos().kept());
            if (Double.isNaN(e.importance()[i])) w.putNull("importance");
            else w.put("importance", e.importance()[i]);
            w.put("segment_px", e.segmentPx()[i]);
        }
        ArrayNode order = root.putArray("order");
        for (int z : e.order()) order.add(z);
        root.put("semantic_px", e.semanticPx());
        return root;
    }
}
