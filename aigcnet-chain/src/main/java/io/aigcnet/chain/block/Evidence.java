package io.aigcnet.chain.block;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.SignatureScheme;

/**
 * Equivocation evidence: two statements of the same kind, height and round, signed by one super node,
 * for different blocks. Committed in a block, it removes the offender from the super-node set from the
 * next height on.
 */
public record Evidence(Vote first, Vote second) implements Encodable {
    public Address offender() {
        return first.validator();
    }

    /** True if the two votes really are a signed equivocation. */
    public boolean verify(SignatureScheme scheme) {
        return first.kind() == second.kind() && first.height() == second.height() && first.round() == second.round()
                && first.validator().equals(second.validator()) && !first.blockHash().equals(second.blockHash())
                && first.verify(scheme) && second.verify(scheme);
    }

    @Override
    public void encodeTo(ByteWriter out) {
        first.encodeTo(out);
        second.encodeTo(out);
    }

    public static Evidence decode(ByteReader in) throws DecodeException {
        return new Evidence(Vote.decode(in), Vote.decode(in));
    }
}
