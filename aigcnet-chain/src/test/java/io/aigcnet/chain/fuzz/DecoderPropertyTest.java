package io.aigcnet.chain.fuzz;

import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.wire.ChainMessage;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The in-verify fuzz: jqwik feeds random and mutated-valid byte strings to every decoder (seeded, so
 * reproducible). The coverage-guided Jazzer run is {@link DecoderFuzzTest}.
 */
class DecoderPropertyTest {
    private static final byte[] VALID;

    static {
        KeyPair k = KeyPair.generate(RandomSource.SPLIT_MIX_64.create(3L));
        Transaction tx = Transaction.transfer(k, k.address(), 1, 5, 7, SignatureScheme.ed25519());
        VALID = new ChainMessage.TxBatch(List.of(tx, tx)).encode();
    }

    @Property(tries = 2000, seed = "42")
    void randomBytesNeverCrashADecoder(@ForAll @Size(max = 600) byte[] bytes) {
        Decoders.decodeAll(bytes);
    }

    @Property(tries = 2000, seed = "43")
    void mutatedValidMessagesNeverCrashADecoder(@ForAll @Size(min = 1, max = 8) List<Integer> flips, @ForAll int cut) {
        byte[] b = VALID.clone();
        for (int f : flips) {
            int pos = Math.floorMod(f, b.length);
            b[pos] = (byte) (b[pos] ^ (1 << Math.floorMod(f >> 8, 8)));
        }
        int len = Math.floorMod(cut, b.length + 1);
        Decoders.decodeAll(java.util.Arrays.copyOf(b, len == 0 ? b.length : len));
    }
}
