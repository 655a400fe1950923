package io.aigcnet.chain.observe;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The last {@code capacity} finalised blocks as this node saw them: when each was finalised (node clock), the
 * interval since the previous one, its transactions, the TPS that makes, and the finality latency of the
 * transactions that were submitted to this node (from arrival to finalisation). Used on the node's event loop;
 * {@link #points()} copies.
 */
public final class ChainSeries {
    /**
     * One finalised block. {@code latencyP50S}/{@code latencyMaxS} are NaN when none of its transactions was
     * submitted here; {@code intervalS} is NaN for the first block this node saw finalised.
     */
    public record Point(long height, double timeS, double intervalS, int txs, double tps, double latencyP50S,
            double latencyMaxS, String hash, String producer, List<String> signers, List<String> firstTxs) {
    }

    private final int capacity;
    private final Deque<Point> points = new ArrayDeque<>();
    private long lastCommitNanos = -1;

    public ChainSeries(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * Records a finalised block.
     *
     * @param latenciesS finality latencies (s) of its transactions submitted to this node; may be empty
     */
    public Point add(long height, long commitNanos, int txs, double[] latenciesS, String hash, String producer,
            List<String> signers, List<String> firstTxs) {
        double interval = lastCommitNanos < 0 ? Double.NaN : (commitNanos - lastCommitNanos) / 1e9;
        lastCommitNanos = commitNanos;
        double tps = interval > 0 ? txs / interval : Double.NaN;
        double p50 = Double.NaN;
        double max = Double.NaN;
        if (latenciesS.length > 0) {
            double[] s = latenciesS.clone();
            Arrays.sort(s);
            p50 = s[(s.length - 1) / 2];
            max = s[s.length - 1];
        }
        Point p = new Point(height, commitNanos / 1e9, interval, txs, tps, p50, max, hash, producer,
                List.copyOf(signers), List.copyOf(firstTxs));
        points.addLast(p);
        while (points.size() > capacity) {
            points.removeFirst();
        }
        return p;
    }

    public List<Point> points() {
        return new ArrayList<>(points);
    }

    /** The last {@code n} points, oldest first. */
    public List<Point> last(int n) {
        List<Point> all = points();
        return all.subList(Math.max(0, all.size() - n), all.size());
    }
}
