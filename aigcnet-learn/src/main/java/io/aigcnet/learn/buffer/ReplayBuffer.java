package io.aigcnet.learn.buffer;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A fixed-capacity circular replay buffer in flat float arrays (no per-transition objects), sampled
 * uniformly with replacement by the caller's RNG. Time-limit truncations are stored as non-terminal so
 * that targets bootstrap through them.
 */
public final class ReplayBuffer {
    private final int capacity;
    private final int obsDim;
    private final int actDim;
    private final float[] obs;
    private final float[] act;
    private final float[] rew;
    private final float[] next;
    private final float[] term;
    private int size;
    private int head;

    public ReplayBuffer(int capacity, int obsDim, int actDim) {
        if (capacity < 1 || obsDim < 1 || actDim < 1)
            throw new IllegalArgumentException("ReplayBuffer needs capacity, obsDim, actDim >= 1, got " + capacity + ", " + obsDim + ", " + actDim);
        this.capacity = capacity;
        this.obsDim = obsDim;
        this.actDim = actDim;
        this.obs = new float[capacity * obsDim];
        this.act = new float[capacity * actDim];
        this.rew = new float[capacity];
        this.next = new float[capacity * obsDim];
        this.term = new float[capacity];
    }

    public void add(double[] observation, float[] action, double reward, double[] nextObservation, boolean terminated) {
        if (observation.length != obsDim || nextObservation.length != obsDim || action.length != actDim)
            throw new IllegalArgumentException("transition dimensions do not match buffer (" + obsDim + ", " + actDim + ")");
        for (int j = 0; j < obsDim; j++) {
            obs[head * obsDim + j] = (float) observation[j];
            next[head * obsDim + j] = (float) nextObservation[j];
        }
        System.arraycopy(action, 0, act, head * actDim, actDim);
        rew[head] = (float) reward;
        term[head] = terminated ? 1f : 0f;
        head = (head + 1) % capacity;
        size = Math.min(size + 1, capacity);
    }

    public int size() { return size; }
    public int capacity() { return capacity; }

    public Transitions sample(int n, UniformRandomProvider rng) {
        if (size == 0) throw new IllegalStateException("cannot sample from an empty replay buffer");
        float[] o = new float[n * obsDim], a = new float[n * actDim], r = new float[n], nx = new float[n * obsDim], t = new float[n];
        for (int k = 0; k < n; k++) {
            int i = rng.nextInt(size);
            System.arraycopy(obs, i * obsDim, o, k * obsDim, obsDim);
            System.arraycopy(next, i * obsDim, nx, k * obsDim, obsDim);
            System.arraycopy(act, i * actDim, a, k * actDim, actDim);
            r[k] = rew[i];
            t[k] = term[i];
        }
        return new Transitions(n, obsDim, actDim, o, a, r, nx, t);
    }
}
