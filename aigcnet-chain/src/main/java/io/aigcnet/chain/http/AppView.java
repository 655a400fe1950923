package io.aigcnet.chain.http;

import java.util.List;

/**
 * What runs on top of the chain, as the dashboard and the API show it: payment channels, roll-ups, MASP
 * reputations, the storage chain and service rounds. A plain anchor-chain node has none ({@link #NONE}); an
 * embedding program (for example the demo's market, which runs layer 2) supplies its own. Implementations are
 * read from HTTP threads and must be safe for that (for example by publishing immutable snapshots).
 */
public interface AppView {
    /** Nothing runs on this chain. */
    AppView NONE = new AppView() {
        @Override
        public String source() {
            return "";
        }

        @Override
        public Snapshot snapshot() {
            return null;
        }
    };

    /** One line naming what feeds these panels (shown on the dashboard); empty for {@link #NONE}. */
    String source();

    /** The current state, or null when nothing runs on the chain. */
    Snapshot snapshot();

    default boolean available() {
        return snapshot() != null;
    }

    /**
     * Everything at one instant.
     *
     * @param timeS the application's clock (s) when taken
     * @param rollups the latest roll-ups (at most a few dozen); {@code rollupCount}/{@code poisonCount} count all
     * @param rounds the latest service rounds; {@code roundCount} counts all
     */
    record Snapshot(double timeS, List<Channel> channels, List<Rollup> rollups, long rollupCount, long poisonCount,
            Reputations reputations, Storage storage, List<Round> rounds, long roundCount) {
        public Snapshot {
            channels = List.copyOf(channels);
            rollups = List.copyOf(rollups);
            rounds = List.copyOf(rounds);
        }
    }

    /**
     * A payment channel between a client and a MASP.
     *
     * @param state {@code open}, {@code closing} (a dispute or close waiting for its challenge window) or {@code settled}
     * @param challengeEndsS when the challenge window ends (application clock, s); NaN when not closing
     */
    record Channel(String id, String client, String masp, long deposit, long paid, long balance, long transfers,
            String state, double challengeEndsS) {
    }

    /**
     * A roll-up of opinions anchored on the chain; {@code poisoned} when a poison transaction named it.
     *
     * @param timeS when it reached the ledger (application clock, to the view's sampling step)
     */
    record Rollup(String txId, double timeS, int opinions, long bytes, boolean poisoned) {
    }

    /**
     * MASP reputations: current values and selection shares, and their history.
     *
     * @param labels one per MASP
     * @param shares fraction of service rounds each MASP was selected for
     * @param timesS sample times of {@code history} (application clock, s)
     * @param history one series per MASP, aligned with {@code timesS}
     */
    record Reputations(List<String> labels, List<Double> current, List<Double> shares, List<Double> timesS,
            List<List<Double>> history) {
    }

    /** The storage chain: objects, bytes, replication and the latest receipts. */
    record Storage(long objects, long bytes, int nodes, int replication, List<Receipt> recent) {
    }

    /** A storage receipt: content key, size and the nodes holding replicas. */
    record Receipt(String key, long bytes, List<String> replicas) {
    }

    /**
     * One service round (ProSecutor P1–P4): selection → handshake → generation → payment → opinion.
     *
     * @param stages the stages it went through, in order
     */
    record Round(long seq, double startS, double latencyS, String client, String masp, List<String> stages, long fee,
            double quality, boolean satisfied) {
    }
}
