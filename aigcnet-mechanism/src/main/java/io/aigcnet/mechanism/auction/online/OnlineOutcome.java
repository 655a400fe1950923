package io.aigcnet.mechanism.auction.online;

/**
 * The result of the online submarket: who won, the rate each AV asked for, and what each pays
 * (losers pay 0). Arrays are indexed by AV.
 */
public record OnlineOutcome(boolean[] won, double[] demand, double[] payments) {
    public OnlineOutcome {
        won = won.clone();
        demand = demand.clone();
        payments = payments.clone();
    }

    public int size() {
        return won.length;
    }

    public boolean won(int i) {
        return won[i];
    }

    public double demand(int i) {
        return demand[i];
    }

    public double payment(int i) {
        return payments[i];
    }

    /** Winner indices in ascending AV order. */
    public int[] winners() {
        int n = 0;
        for (boolean w : won) if (w) n++;
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < won.length; i++) if (won[i]) out[k++] = i;
        return out;
    }

    /** The rate the RSU actually allocates: the sum of the winners' demands. */
    public double allocatedRate() {
        double r = 0;
        for (int i = 0; i < won.length; i++) if (won[i]) r += demand[i];
        return r;
    }

    /** Sum over winners of (V_i - c_R r_i) (reconstruction §2, online part of the social surplus). */
    public double surplus(double[] values, double rsuCost) {
        double s = 0;
        for (int i = 0; i < won.length; i++) if (won[i]) s += values[i] - rsuCost * demand[i];
        return s;
    }

    @Override
    public boolean[] won() {
        return won.clone();
    }

    @Override
    public double[] demand() {
        return demand.clone();
    }

    @Override
    public double[] payments() {
        return payments.clone();
    }
}
