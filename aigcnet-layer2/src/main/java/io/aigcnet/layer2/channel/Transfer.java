package io.aigcnet.layer2.channel;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import io.aigcnet.chain.crypto.Hash;

/** One completed fee-ownership swap: the client paid {@code fee} and owns the output {@code outputKey} = H(P). */
public record Transfer(Hash outputKey, long fee) implements Encodable {
    public Transfer {
        if (fee <= 0) {
            throw new IllegalArgumentException("transfer fee must be > 0 minor units, got " + fee);
        }
    }

    @Override
    public void encodeTo(ByteWriter out) {
        out.hash(outputKey).i64(fee);
    }

    static Transfer decode(ByteReader in) throws DecodeException {
        Hash k = in.hash("transfer.outputKey");
        long fee = in.u63("transfer.fee");
        if (fee == 0) {
            throw new DecodeException("transfer.fee", "must be > 0");
        }
        return new Transfer(k, fee);
    }
}
