package io.aigcnet.chain.block;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.Signature;
import io.aigcnet.chain.crypto.SignatureScheme;

/**
 * A super node's signed statement about block {@code blockHash} at (height, round): a proposal (with the
 * round of the prevote quorum it relies on, or -1), a prevote or a precommit. {@link Hash#ZERO} as block
 * hash is a vote for nothing (nil). The signature covers SHA-256 of every field but itself.
 */
public record Vote(VoteKind kind, long height, long round, Hash blockHash, long polRound, Address validator,
        Signature signature) implements Encodable {
    public static final int ENCODED_SIZE = 1 + 8 + 8 + Hash.SIZE + 8 + Address.SIZE + Signature.SIZE;

    public static Vote sign(VoteKind kind, long height, long round, Hash blockHash, long polRound, KeyPair keys,
            SignatureScheme scheme) {
        Hash digest = digest(kind, height, round, blockHash, polRound, keys.address());
        return new Vote(kind, height, round, blockHash, polRound, keys.address(), scheme.sign(keys, digest.toBytes()));
    }

    private static Hash digest(VoteKind kind, long height, long round, Hash blockHash, long polRound, Address validator) {
        return Sha256.hash(new ByteWriter(ENCODED_SIZE).u8(kind.ordinal()).i64(height).i64(round).hash(blockHash)
                .i64(polRound).address(validator).toByteArray());
    }

    public boolean verify(SignatureScheme scheme) {
        return scheme.verify(validator, digest(kind, height, round, blockHash, polRound, validator).toBytes(), signature);
    }

    public boolean isNil() {
        return blockHash.equals(Hash.ZERO);
    }

    @Override
    public void encodeTo(ByteWriter out) {
        out.u8(kind.ordinal()).i64(height).i64(round).hash(blockHash).i64(polRound).address(validator).signature(signature);
    }

    public static Vote decode(ByteReader in) throws DecodeException {
        VoteKind kind = VoteKind.ofCode(in.u8("vote.kind"));
        long height = in.u63("vote.height");
        long round = in.u63("vote.round");
        Hash block = in.hash("vote.blockHash");
        long pol = in.i64("vote.polRound");
        if (pol < -1) {
            throw new DecodeException("vote.polRound", "must be >= -1, got " + pol);
        }
        return new Vote(kind, height, round, block, pol, in.address("vote.validator"), in.signature("vote.signature"));
    }
}
