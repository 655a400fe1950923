package io.aigcnet.semcom.attention;

import io.aigcnet.semcom.prompt.ParsedPrompt;

/**
 * Where the per-word cross-attention maps come from: a DAAM export of a real Stable Diffusion run
 * ({@link PngFolderSource}) or the seeded synthetic scene generator ({@link SyntheticScenes}).
 * Implementations must supply a map for every kept (non-X) word of the prompt.
 */
public interface AttentionSource {
    AttentionMaps maps(ParsedPrompt prompt);
}
