package io.aigcnet.chain.tx;

import io.aigcnet.chain.codec.ByteReader;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.codec.Encodable;
import io.aigcnet.chain.crypto.Hash;

/**
 * Payload of an Opinion_Update transaction (sender = client, receiver = MASP): the client's local
 * opinion {s, u, c} about the MASP in parts per million (consensus state holds no doubles; s + u + c
 * must equal 10^6), the positive and negative interaction counts and the service fee that Algorithm 2
 * needs (spec §2.4 note 1), and the id of the AIGC service it refers to.
 */
public record OpinionUpdate(Hash serviceRef, int supportPpm, int uncertaintyPpm, int contraPpm,
        long positive, long negative, long serviceFee) implements Encodable {
    public static final int PPM = 1_000_000;

    public OpinionUpdate {
        String problem = problem(supportPpm, uncertaintyPpm, contraPpm, positive, negative, serviceFee);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    static String problem(int s, int u, int c, long p, long n, long fee) {
        if (s < 0 || u < 0 || c < 0 || (long) s + u + c != PPM) {
            return "opinion parts must be >= 0 and sum to " + PPM + " ppm, got " + s + "+" + u + "+" + c;
        }
        if (p < 0 || n < 0 || fee < 0) {
            return "counts and fee must be >= 0";
        }
        return null;
    }

    @Override
    public void encodeTo(ByteWriter out) {
        out.hash(serviceRef).i32(supportPpm).i32(uncertaintyPpm).i32(contraPpm).i64(positive).i64(negative).i64(serviceFee);
    }

    public static OpinionUpdate decode(ByteReader in) throws DecodeException {
        Hash ref = in.hash("opinion.serviceRef");
        int s = in.i32("opinion.support");
        int u = in.i32("opinion.uncertainty");
        int c = in.i32("opinion.contra");
        long p = in.i64("opinion.positive");
        long n = in.i64("opinion.negative");
        long fee = in.i64("opinion.serviceFee");
        String problem = problem(s, u, c, p, n, fee);
        if (problem != null) {
            throw new DecodeException("opinion", problem);
        }
        return new OpinionUpdate(ref, s, u, c, p, n, fee);
    }
}
