/**
 * Node-to-node messages of the anchor chain ({@link io.aigcnet.chain.wire.ChainMessage}) and their
 * canonical codec: a one-byte tag followed by the body. The live runtime frames them with a 4-byte
 * length; the simulator passes the values and charges {@link io.aigcnet.chain.wire.ChainMessage#size()}
 * bytes of bandwidth.
 */
package io.aigcnet.chain.wire;
