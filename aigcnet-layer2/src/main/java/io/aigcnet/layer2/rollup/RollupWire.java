package io.aigcnet.layer2.rollup;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.Signature;
import io.aigcnet.chain.tx.Transaction;
import java.util.List;

/** Messages of the roll-up protocol among clients and RCOs. */
public sealed interface RollupWire {
    /** A client hands its signed Opinion_Update to a nearby RCO. */
    record Submit(Transaction opinion) implements RollupWire {
    }

    /** Small-scale P2P sync of received opinions among the RCOs. */
    record Sync(Transaction opinion) implements RollupWire {
    }

    /** The duty RCO's roll-up: the Reputation_Roll-up tx plus the full opinions it covers, for reconstruction. */
    record Proposal(long turn, Transaction rollupTx, List<Transaction> opinions) implements RollupWire {
        public Proposal {
            opinions = List.copyOf(opinions);
        }
    }

    /** An RCO's verdict on a proposal, signed over (turn, roll-up tx id, accept). */
    record Vote(long turn, Hash rollupTxId, boolean accept, Address rco, Signature sig) implements RollupWire {
    }
}
