package io.aigcnet.semcom.alloc;

/** Chooses each user's share a_i ∈ [0, 1] of its cap ub_i from the observed state (b_i = a_i·ub_i). */
public interface BandwidthAllocator extends AutoCloseable {
    double[] allocate(double[] observation);

    String name();

    @Override default void close() {}

    /** The paper's "fixed allocation": the whole semantic information, capped by the latency (b_i = ub_i). */
    static BandwidthAllocator fixed(int users) {
        return new BandwidthAllocator() {
            @Override public double[] allocate(double[] observation) {
                double[] a = new double[users];
                java.util.Arrays.fill(a, 1.0);
                return a;
            }

            @Override public String name() { return "fixed"; }
        };
    }

    /** Uniform random shares: an extra baseline, not in the paper. */
    static BandwidthAllocator random(int users, org.apache.commons.rng.UniformRandomProvider rng) {
        return new BandwidthAllocator() {
            @Override public double[] allocate(double[] observation) {
                double[] a = new double[users];
                for (int i = 0; i < users; i++) a[i] = rng.nextDouble();
                return a;
            }

            @Override public String name() { return "random (extra)"; }
        };
    }

    /** A trained policy (ADD or PPO); its actions are clipped to [0, 1] by the environment. */
    static BandwidthAllocator of(io.aigcnet.learn.policy.Policy p, String name, AutoCloseable resource) {
        return new BandwidthAllocator() {
            @Override public double[] allocate(double[] observation) { return p.act(observation); }

            @Override public String name() { return name; }

            @Override public void close() {
                try {
                    resource.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}
