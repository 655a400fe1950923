package io.aigcnet.reputation.sim;

/**
 * What a simulated market produced: mean reputation of each MASP over the honest clients after each
 * round ({@code reputation[round][masp]}), the tasks each MASP served (in total and per round), and how
 * many of them the clients found satisfying.
 */
public record MarketRun(double[][] reputation, long[] tasks, long[] satisfying, int[][] tasksPerRound) {
    /** Mean of {@code reputation[round][m]} over the MASPs {@code m} in {@code group}. */
    public double meanOver(int round, int[] group) {
        double s = 0;
        for (int m : group) {
            s += reputation[round][m];
        }
        return s / group.length;
    }

    /** Per-round series of {@link #meanOver}. */
    public double[] seriesOver(int[] group) {
        double[] out = new double[reputation.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = meanOver(r, group);
        }
        return out;
    }

    /** Tasks served by the MASPs in {@code group} during rounds [from, to). */
    public long tasksOver(int[] group, int from, int to) {
        long sum = 0;
        for (int r = Math.max(0, from); r < Math.min(tasksPerRound.length, to); r++) {
            for (int m : group) {
                sum += tasksPerRound[r][m];
            }
        }
        return sum;
    }
}
