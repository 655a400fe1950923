/**
 * Perceptual fingerprints of images: a DCT pHash and an independent gradient (difference) hash, each over
 * the whole image and over four edge-cropped alignments, so that resized, re-encoded, recoloured, lightly
 * edited and slightly cropped copies of an image stay close while distinct images stay far apart.
 * Written here rather than taken from a library (JImageHash needs JavaFX at class load); see the decisions log.
 */
package io.aigcnet.lifecycle.image;
