package io.aigcnet.layer2.service;

/** A handshake message that fails its signature, binding or decryption. */
public final class HandshakeException extends Exception {
    private static final long serialVersionUID = 1L;

    public HandshakeException(String message) {
        super(message);
    }
}
