package io.aigcnet.reputation.sim;

/**
 * What a simulated market produced: mean reputation of each MASP over the honest clients after each
 * round ({@code reputation[round][masp]}), the tasks each MASP served, and the satisfying share.
 */
public record MarketRun(double[][] reputation, long[] tasks, long[] satisfying) {
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
}
