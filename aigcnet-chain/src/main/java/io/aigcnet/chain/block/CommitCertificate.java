package io.aigcnet.chain.block;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.SignatureScheme;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Proof of finality: precommits for one block at one (height, round) from 2/3+1 of the super nodes
 * active at that height. Verifiable by any full node that knows the super-node set.
 */
public record CommitCertificate(long height, long round, Hash blockHash, List<Vote> precommits) implements Encodable {
    public static final int MAX_VOTES = 1024;

    public CommitCertificate {
        precommits = List.copyOf(precommits);
    }

    /** Quorum of a set of {@code n} super nodes: ⌊2n/3⌋ + 1, so that two quorums share an honest node when f < n/3. */
    public static int quorum(int n) {
        return 2 * n / 3 + 1;
    }

    /** True if the certificate holds a quorum of distinct, valid precommits of {@code validators} for its block. */
    public boolean verify(Set<Address> validators, SignatureScheme scheme) {
        Set<Address> seen = new HashSet<>();
        for (Vote v : precommits) {
            if (v.kind() != VoteKind.PRECOMMIT || v.height() != height || v.round() != round || !v.blockHash().equals(blockHash)
                    || !validators.contains(v.validator()) || !seen.add(v.validator()) || !v.verify(scheme)) {
                return false;
            }
        }
        return !blockHash.equals(Hash.ZERO) && seen.size() >= quorum(validators.size());
    }

    @Override
    public void encodeTo(ByteWriter out) {
        out.i64(height).i64(round).hash(blockHash).i32(precommits.size());
        for (Vote v : precommits) {
            v.encodeTo(out);
        }
    }

    public static CommitCertificate decode(ByteReader in) throws DecodeException {
        long h = in.u63("cert.height");
        long r = in.u63("cert.round");
        Hash b = in.hash("cert.blockHash");
        return new CommitCertificate(h, r, b, in.list("cert.precommits", MAX_VOTES, Vote::decode));
    }
}
