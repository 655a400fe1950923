package io.aigcnet.edge.service;

/** AIGC-as-a-Service: submit a request at a (simulated) time, get the content and a receipt or a refusal. */
public interface AigcService {
    Response submit(AigcRequest request, double nowS);
}
