package io.aigcnet.layer2.service;

/**
 * One inference result: the output bytes (an image or text), the compute time the MASP spent, and the
 * output's quality in [0, 1] as the backend reports it (a simulated generator knows it; a real server
 * does not, so it reports NaN and the client judges).
 */
public record Generation(byte[] output, double computeSeconds, double quality) {
    public Generation {
        output = output.clone();
        if (!(computeSeconds >= 0)) {
            throw new IllegalArgumentException("computeSeconds must be >= 0");
        }
    }

    @Override
    public byte[] output() {
        return output.clone();
    }
}
