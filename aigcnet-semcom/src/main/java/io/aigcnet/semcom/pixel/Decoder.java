package io.aigcnet.semcom.pixel;

import io.aigcnet.semcom.prompt.ParsedPrompt;
import java.util.BitSet;

/**
 * The user-side generative decoder of G-SemCom: recovers the image g_1 from the received pixels (the
 * masked image) and the user's own prompt, in a given number of steps. The paper uses diffusion
 * inpainting (5 steps); received pixels are pasted back over the output.
 */
public interface Decoder {
    RgbImage decode(RgbImage masked, BitSet known, ParsedPrompt prompt, int steps);

    String name();
}
