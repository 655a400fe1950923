/**
 * The canonical binary encoding used for everything that is hashed, signed or sent: big-endian
 * fixed-width integers, fixed-size fields written raw, variable fields prefixed by an unsigned 32-bit
 * length with a per-field maximum. One value has exactly one encoding, so hashes are well defined.
 * Decoders never trust input: every read is bounds-checked and every violation becomes a
 * {@link io.aigcnet.chain.codec.DecodeException} naming the field, never an unchecked crash.
 */
package io.aigcnet.chain.codec;
