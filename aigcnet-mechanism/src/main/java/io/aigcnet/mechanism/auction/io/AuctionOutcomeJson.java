package io.aigcnet.mechanism.auction.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.aigcnet.mechanism.auction.mechanism.ItemSale;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON answer of {@code solve auction}: {@code winners} (AV indices, ascending), {@code demand}
 * and {@code payments} (one per AV), {@code online_surplus}, and, when the instance has items,
 * {@code offline} (one sale per item) with {@code offline_surplus} and {@code offline_revenue}.
 */
public final class AuctionOutcomeJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AuctionOutcomeJson() {}

    public static String write(AuctionSolver.Solved s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mechanism", s.mechanism().displayName());
        out.put("e_hat", s.eHat());
        out.put("e_hat_source", s.eHatComputed() ? "monte-carlo" : "instance");
        out.put("winners", s.online().winners());
        out.put("demand", s.online().demand());
        out.put("payments", s.online().payments());
        out.put("online_surplus", s.onlineSurplus());
        if (!s.sales().isEmpty()) {
            List<Map<String, Object>> sales = new ArrayList<>();
            double surplus = 0;
            double revenue = 0;
            for (ItemSale sale : s.sales()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("item", sale.item());
                m.put("av", sale.av());
                m.put("receiver", sale.award().toDriving() ? "driving" : "traffic:" + sale.award().receiver());
                m.put("payment", sale.award().payment());
                m.put("value", sale.value());
                sales.add(m);
                surplus += sale.value();
                revenue += sale.award().payment();
            }
            out.put("offline", sales);
            out.put("offline_surplus", surplus);
            out.put("offline_revenue", revenue);
        }
        try {
            return MAPPER.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
