/**
 * Per-word cross-attention maps A_z^{R+} (G-SemCom eq. (7)): the {@code AttentionSource} role, a
 * loader for DAAM's per-word grayscale PNG exports, the seeded synthetic scene generator, and
 * PyTorch-compatible bicubic upscaling.
 */
package io.aigcnet.semcom.attention;
