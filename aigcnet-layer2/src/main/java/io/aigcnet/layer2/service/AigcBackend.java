package io.aigcnet.layer2.service;

import java.io.IOException;

/** Where a MASP runs inference: a prompt and a number of diffusion steps in, an output out. */
public interface AigcBackend {
    Generation generate(String prompt, int steps) throws IOException, InterruptedException;
}
