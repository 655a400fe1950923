package io.aigcnet.chain.state;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.tx.TxType;
import java.util.HashMap;
import java.util.Map;

/**
 * Mutable account state owned by one node. {@link #overlay()} gives a scratch copy-on-write view used
 * while building or checking a block, so a rejected block leaves the state untouched.
 */
public final class LedgerState implements AccountView {
    private static final class Account {
        long balance;
        long lastNonce;
        /** bit i set = nonce (lastNonce - i) executed; bit 0 stands for nonce 0 initially (never usable) */
        long window = 1L;
    }

    private final LedgerState parent;
    private final Map<Address, Account> accounts = new HashMap<>();

    public LedgerState() {
        this(null);
    }

    private LedgerState(LedgerState parent) {
        this.parent = parent;
    }

    public LedgerState overlay() {
        return new LedgerState(this);
    }

    /** Writes an overlay's changes into its parent. */
    public void commitInto() {
        if (parent == null) {
            throw new IllegalStateException("not an overlay");
        }
        for (Map.Entry<Address, Account> e : accounts.entrySet()) {
            Account a = parent.account(e.getKey());
            a.balance = e.getValue().balance;
            a.lastNonce = e.getValue().lastNonce;
            a.window = e.getValue().window;
        }
        accounts.clear();
    }

    private Account find(Address a) {
        Account acc = accounts.get(a);
        if (acc == null && parent != null) {
            return parent.find(a);
        }
        return acc;
    }

    private Account account(Address a) {
        Account acc = accounts.get(a);
        if (acc == null) {
            acc = new Account();
            Account base = parent == null ? null : parent.find(a);
            if (base != null) {
                acc.balance = base.balance;
                acc.lastNonce = base.lastNonce;
                acc.window = base.window;
            }
            accounts.put(a, acc);
        }
        return acc;
    }

    @Override
    public long balance(Address a) {
        Account acc = find(a);
        return acc == null ? 0 : acc.balance;
    }

    @Override
    public long lastNonce(Address a) {
        Account acc = find(a);
        return acc == null ? 0 : acc.lastNonce;
    }

    @Override
    public boolean nonceUsable(Address a, long nonce) {
        Account acc = find(a);
        long last = acc == null ? 0 : acc.lastNonce;
        long window = acc == null ? 1L : acc.window;
        if (nonce > last) {
            return true;
        }
        long back = last - nonce;
        return back < NONCE_WINDOW && ((window >>> back) & 1L) == 0;
    }

    /** Genesis allocation. */
    public void credit(Address a, long amount) {
        Account acc = account(a);
        acc.balance = Math.addExact(acc.balance, amount);
    }

    /** Applies a transaction that passed the execution rules. */
    public void apply(Transaction tx, Address producer) {
        Account s = account(tx.sender());
        s.balance = Math.subtractExact(s.balance, Math.addExact(tx.value(), tx.fee()));
        markNonce(s, tx.nonce());
        // channel deposits leave the sender and are held by the Transfer_Channel contract (layer 2)
        if (tx.value() > 0 && tx.type() == TxType.TRANSFER) {
            Account r = account(tx.receiver());
            r.balance = Math.addExact(r.balance, tx.value());
        }
        if (tx.fee() > 0) {
            Account p = account(producer);
            p.balance = Math.addExact(p.balance, tx.fee());
        }
    }

    // anti-replay window in the style of IPsec: out-of-order execution within 64 nonces is allowed
    private static void markNonce(Account s, long nonce) {
        if (nonce > s.lastNonce) {
            long shift = nonce - s.lastNonce;
            s.window = shift >= NONCE_WINDOW ? 1L : (s.window << shift) | 1L;
            s.lastNonce = nonce;
        } else {
            s.window |= 1L << (s.lastNonce - nonce);
        }
    }

    public int accountCount() {
        return accounts.size();
    }
}
