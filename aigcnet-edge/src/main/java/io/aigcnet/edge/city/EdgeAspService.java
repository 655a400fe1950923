package io.aigcnet.edge.city;

import io.aigcnet.edge.cache.Access;
import io.aigcnet.edge.cache.ModelCache;
import io.aigcnet.edge.catalogue.ServiceModel;
import io.aigcnet.edge.offload.LatencyModel;
import io.aigcnet.edge.service.AigcRequest;
import io.aigcnet.edge.service.AigcService;
import io.aigcnet.edge.service.ContentDescriptor;
import io.aigcnet.edge.service.Delivery;
import io.aigcnet.edge.service.Receipt;
import io.aigcnet.edge.service.Response;
import io.aigcnet.edge.service.Settlement;
import io.aigcnet.edge.topology.NodeSpec;
import io.aigcnet.edge.topology.Tier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One edge ASP behind the request API. A request names a catalogue model; it is refused when the model
 * cannot run at the edge, the price (steps × price per step) exceeds the budget, the model's quality is
 * below the requirement, or the predicted latency (upload + model load + FIFO wait + compute + delivery)
 * exceeds the requirement. Otherwise it is admitted to the step queue with AGOD's crash semantics: if the
 * steps exceed the free capacity the ASP crashes, its in-flight tasks are lost and the request is refused.
 * A served request is settled and its receipt returned.
 */
public final class EdgeAspService implements AigcService {
    private final NodeSpec spec;
    private final StepQueue queue;
    private final ModelCache cache;
    private final Map<String, ServiceModel> catalogue = new LinkedHashMap<>();
    private final double pricePerStep;
    private final double uplinkMbps;
    private final double downlinkMbps;
    private final Settlement settlement;
    private final Delivery delivery;
    private long lostToCrash;

    public EdgeAspService(NodeSpec spec, int capacitySteps, ModelCache cache, List<ServiceModel> models, double pricePerStep,
                          double uplinkMbps, double downlinkMbps, Settlement settlement, Delivery delivery) {
        this.spec = spec;
        this.queue = new StepQueue(spec.stepsPerS(), capacitySteps);
        this.cache = cache;
        for (ServiceModel m : models) catalogue.put(m.id(), m);
        this.pricePerStep = pricePerStep;
        this.uplinkMbps = uplinkMbps;
        this.downlinkMbps = downlinkMbps;
        this.settlement = settlement;
        this.delivery = delivery;
    }

    @Override public Response submit(AigcRequest r, double nowS) {
        ServiceModel m = catalogue.get(r.modelId());
        if (m == null) return Response.refused("unknown model '" + r.modelId() + "'; this ASP offers " + catalogue.keySet());
        if (!m.hostableOn(Tier.EDGE)) return Response.refused("model " + m.id() + " cannot run at an edge");
        long price = Math.round(m.stepsPerRequest() * pricePerStep);
        if (price > r.budget()) return Response.refused("price " + price + " exceeds the budget " + r.budget());
        double quality = m.quality(m.stepsPerRequest());
        if (quality < r.minQuality()) return Response.refused("quality " + quality + " is below the required " + r.minQuality());
        queue.release(nowS);
        double upload = LatencyModel.transferS(r.inputMbit() + m.inputMbit(), Math.min(uplinkMbps, spec.wirelessMbps()));
        double down = Math.min(downlinkMbps, spec.wirelessMbps());
        var cached = m.cached(spec.backhaulMbps());
        ContentDescriptor content = new ContentDescriptor(r.id(), m.id(), m.modality().name(), quality, m.outputMbit(), spec.id());
        double deliverS = delivery.deliverS(content, down);
        double predicted = upload + Math.max(cache.readyInS(cached, nowS), queue.queueS(nowS + upload))
                + LatencyModel.computeS(m.stepsPerRequest(), spec.stepsPerS()) + deliverS;
        if (predicted > r.maxLatencyS())
            return Response.refused("predicted latency " + predicted + " s exceeds the required " + r.maxLatencyS() + " s");
        if (queue.wouldCrash(m.stepsPerRequest())) {
            lostToCrash += queue.crash();
            return Response.refused("the ASP crashed: " + m.stepsPerRequest() + " steps exceed its free capacity");
        }
        Access a = cache.access(cached, nowS);
        double end = queue.admit(nowS + upload, nowS + upload + a.loadDelayS(), m.stepsPerRequest());
        Receipt receipt = new Receipt(r.id(), r.user(), spec.id(), "edge", m.stepsPerRequest(), price, nowS, end + deliverS);
        settlement.settle(receipt);
        return Response.served(content, receipt);
    }

    /** In-flight tasks lost to crashes so far (their receipts were issued at admission). */
    public long lostToCrash() { return lostToCrash; }

    public StepQueue queue() { return queue; }
}
