package io.aigcnet.edge.service;

import io.aigcnet.edge.offload.LatencyModel;

/** Sends the whole content over the downlink: size / rate. */
public final class DirectDelivery implements Delivery {
    @Override public double deliverS(ContentDescriptor content, double downlinkMbps) {
        return LatencyModel.transferS(content.sizeMbit(), downlinkMbps);
    }
}
