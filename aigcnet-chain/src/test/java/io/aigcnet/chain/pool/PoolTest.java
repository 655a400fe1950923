package io.aigcnet.chain.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.ModelledSignatures;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Reason;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class PoolTest {
    private final KeyPair a = KeyPair.generate(RandomSource.SPLIT_MIX_64.create(1L));
    private int nonce;

    private Transaction tx(long fee) {
        return Transaction.transfer(a, a.address(), ++nonce, fee, 1, ModelledSignatures.INSTANCE);
    }

    private static List<Long> fees(TxPool p) {
        List<Long> out = new ArrayList<>();
        p.inOrder().forEachRemaining(t -> out.add(t.fee() * 100 + t.nonce()));
        return out;
    }

    @Test
    void feePoolOrdersByFeeThenArrivalAndEvictsTheCheapestNewest() {
        FeePriorityPool p = new FeePriorityPool(4);
        p.add(tx(5)); // nonce 1
        p.add(tx(9)); // 2
        p.add(tx(5)); // 3
        p.add(tx(7)); // 4
        assertThat(fees(p)).containsExactly(902L, 704L, 501L, 503L);
        // equal fee never displaces an older entry
        assertThat(p.add(tx(5)).reason()).isEqualTo(Reason.POOL_FULL);
        // a richer newcomer evicts the cheapest, most recent (fee 5, nonce 3)
        assertThat(p.add(tx(6)).ok()).isTrue();
        assertThat(fees(p)).containsExactly(902L, 704L, 606L, 501L);
        assertThat(p.overflowCount()).isEqualTo(2);
    }

    @Test
    void fifoPoolKeepsArrivalOrderAndRefusesWhenFull() {
        FifoPool p = new FifoPool(2);
        Transaction first = tx(1);
        p.add(first);
        p.add(tx(9));
        assertThat(p.add(tx(50)).reason()).isEqualTo(Reason.POOL_FULL);
        assertThat(p.add(first).reason()).isEqualTo(Reason.POOL_FULL);
        p.remove(first.id());
        assertThat(p.add(first).ok()).isTrue();
        assertThat(p.add(first).reason()).isEqualTo(Reason.POOL_FULL);
        assertThat(fees(p)).containsExactly(902L, 101L);
    }

    @Test
    void fcfsPoolRefusesFeesCapsEachSenderAndFreesTheSlotOnRemoval() {
        KeyPair b = KeyPair.generate(RandomSource.SPLIT_MIX_64.create(2L));
        FcfsNoFeePool p = new FcfsNoFeePool(3, 2);
        assertThat(p.add(tx(1)).reason()).isEqualTo(Reason.FEE_TOO_LOW);
        Transaction first = tx(0);
        assertThat(p.add(first).ok()).isTrue();
        assertThat(p.add(first).reason()).isEqualTo(Reason.DUPLICATE);
        assertThat(p.add(tx(0)).ok()).isTrue();
        Transaction third = tx(0);
        assertThat(p.hasRoomFor(third)).isFalse();
        assertThat(p.add(third).reason()).isEqualTo(Reason.POOL_FULL); // sender a holds its cap of 2
        Transaction fromB = Transaction.transfer(b, a.address(), 1, 0, 1, ModelledSignatures.INSTANCE);
        assertThat(p.add(fromB).ok()).isTrue();
        // full pool: the capacity refusal comes first, and both kinds count as overflow
        assertThat(p.add(Transaction.transfer(b, a.address(), 2, 0, 1, ModelledSignatures.INSTANCE)).detail()).contains("pool holds 3");
        assertThat(p.overflowCount()).isEqualTo(2);
        assertThat(p.remove(first.id())).isTrue();
        assertThat(p.remove(first.id())).isFalse();
        assertThat(p.add(third).ok()).isTrue();
        assertThat(fees(p)).containsExactly(3L, 1L, 4L);
    }
}
