/**
 * Building blocks of ProSecutor's service round (P3/P4): the payment contract of eq. (13) behind an
 * interface, the two-round signed selection handshake with prompts encrypted to the MASP (X25519 key
 * agreement, HKDF-SHA256, AES-256-GCM), and the {@link io.aigcnet.layer2.service.AigcBackend} through
 * which a MASP runs inference (a simulated diffusion generator, or an HTTP txt2img server).
 */
package io.aigcnet.layer2.service;
