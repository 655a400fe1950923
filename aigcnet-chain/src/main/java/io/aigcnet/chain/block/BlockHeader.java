package io.aigcnet.chain.block;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.Sha256;

/**
 * Block header: height, the DPoS slot it was produced in, parent hash, Merkle root of the transaction
 * ids, hash of the extras (last commit certificate and evidence), slot time, producer and transaction
 * count. Its SHA-256 is the block hash.
 */
public record BlockHeader(long height, long slot, Hash parent, Hash txRoot, Hash extrasHash, long timeNanos,
        Address producer, int txCount) implements Encodable {
    public static final int ENCODED_SIZE = 8 + 8 + 3 * Hash.SIZE + 8 + Address.SIZE + 4;

    public Hash hash() {
        return Sha256.hash(encode());
    }

    @Override
    public void encodeTo(ByteWriter out) {
        out.i64(height).i64(slot).hash(parent).hash(txRoot).hash(extrasHash).i64(timeNanos).address(producer).i32(txCount);
    }

    public static BlockHeader decode(ByteReader in) throws DecodeException {
        return new BlockHeader(in.u63("header.height"), in.u63("header.slot"), in.hash("header.parent"),
                in.hash("header.txRoot"), in.hash("header.extrasHash"), in.u63("header.timeNanos"),
                in.address("header.producer"), in.count("header.txCount", Block.MAX_TXS));
    }
}
