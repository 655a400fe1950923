package io.aigcnet.chain.workload;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.tx.Transaction;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Ethereum-like value transfers between a fixed population of accounts: uniform random sender and
 * (different) receiver, value uniform in [1, maxValue], fee from {@link ChiSquaredFees}, per-sender
 * nonces 1, 2, 3, ... Signed with the given scheme.
 */
public final class TransferWorkload {
    private final List<KeyPair> accounts;
    private final long[] nonces;
    private final ChiSquaredFees fees;
    private final UniformRandomProvider rng;
    private final SignatureScheme scheme;
    private final long maxValue;

    public TransferWorkload(int accountCount, UniformRandomProvider keyRng, UniformRandomProvider rng, ChiSquaredFees fees,
            SignatureScheme scheme, long maxValue) {
        if (accountCount < 2) {
            throw new IllegalArgumentException("need at least 2 accounts, got " + accountCount);
        }
        List<KeyPair> a = new ArrayList<>(accountCount);
        for (int i = 0; i < accountCount; i++) {
            a.add(KeyPair.generate(keyRng));
        }
        this.accounts = List.copyOf(a);
        this.nonces = new long[accountCount];
        this.fees = fees;
        this.rng = rng;
        this.scheme = scheme;
        this.maxValue = maxValue;
    }

    public List<Address> addresses() {
        List<Address> out = new ArrayList<>(accounts.size());
        accounts.forEach(k -> out.add(k.address()));
        return out;
    }

    public Transaction next() {
        int s = rng.nextInt(accounts.size());
        int r = rng.nextInt(accounts.size() - 1);
        if (r >= s) {
            r++;
        }
        long value = 1 + rng.nextLong(maxValue);
        return Transaction.transfer(accounts.get(s), accounts.get(r).address(), ++nonces[s], fees.next(), value, scheme);
    }
}
