/**
 * G-SemCom's pixel-level path: synthetic RGB source images, the masked image the user receives, the
 * {@code Decoder} role with a classical inpainting decoder, full-reference similarity measured on the
 * pixels, and figure panels as PNG.
 */
package io.aigcnet.semcom.pixel;
