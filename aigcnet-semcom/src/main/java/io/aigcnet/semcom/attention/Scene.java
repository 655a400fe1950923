package io.aigcnet.semcom.attention;

import io.aigcnet.semcom.prompt.ParsedPrompt;
import java.util.List;
import java.util.Map;

/**
 * A synthetic scene for one prompt: the objects the nouns name (ellipses in unit coordinates, with a
 * colour) and, for every word, the attention field that the generator turns into A_z^{R+}. The same
 * layout draws the RGB source image (pixel package), so attention and pixels agree.
 */
public record Scene(ParsedPrompt prompt, List<SceneObject> objects, Map<Integer, WordField> fields,
                    int skyRgb, int groundRgb, double horizon, long textureSeed) {
    public Scene {
        objects = List.copyOf(objects);
        fields = Map.copyOf(fields);
    }

    /** An object drawn for a noun token: centre, radii (unit square), colour, and whether it is scenery. */
    public record SceneObject(int token, double cx, double cy, double rx, double ry, int rgb, boolean scenery) {}

    /** One Gaussian component of a word's field. */
    public record Blob(double cx, double cy, double rx, double ry, double weight) {}

    /**
     * A word's field on the latent grid: Gaussian blobs, plus speckles (each latent cell independently
     * with probability {@code speckleProb} gets U(0, speckleAmp) added) and a uniform floor of noise.
     */
    public record WordField(List<Blob> blobs, double speckleProb, double speckleAmp, double floor, long seed) {
        public WordField {
            blobs = List.copyOf(blobs);
        }
    }
}
