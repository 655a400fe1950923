package io.aigcnet.learn.env.classic;

import io.aigcnet.learn.env.Env;
import io.aigcnet.learn.env.Space;
import io.aigcnet.learn.env.Step;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Gymnasium CartPole-v1: cart-pole dynamics of Barto, Sutton &amp; Anderson (1983) with explicit Euler
 * integration, τ = 0.02 s, reward +1 per step (the terminating step included), termination at
 * |x| &gt; 2.4 or |θ| &gt; 12°, truncation after 500 steps. Observation [x, ẋ, θ, θ̇]; actions {0 = push left, 1 = push right}.
 */
public final class CartPole implements Env {
    public static final int MAX_STEPS = 500;
    static final double GRAVITY = 9.8;
    static final double MASS_CART = 1.0;
    static final double MASS_POLE = 0.1;
    static final double TOTAL_MASS = MASS_CART + MASS_POLE;
    static final double HALF_LENGTH = 0.5;
    static final double POLE_MASS_LENGTH = MASS_POLE * HALF_LENGTH;
    static final double FORCE = 10.0;
    static final double TAU = 0.02;
    static final double THETA_LIMIT = 12 * 2 * Math.PI / 360;
    static final double X_LIMIT = 2.4;

    private final double[] s = new double[4];
    private int t;
    private boolean needsReset = true;

    @Override public Space observationSpace() {
        double inf = Double.POSITIVE_INFINITY;
        return new Space.Box(new double[]{-2 * X_LIMIT, -inf, -2 * THETA_LIMIT, -inf},
                new double[]{2 * X_LIMIT, inf, 2 * THETA_LIMIT, inf});
    }

    @Override public Space actionSpace() { return new Space.Discrete(2); }

    @Override public double[] reset(UniformRandomProvider rng) {
        for (int i = 0; i < 4; i++) s[i] = -0.05 + 0.1 * rng.nextDouble();
        t = 0;
        needsReset = false;
        return s.clone();
    }

    /** Starts from a given state (tests and hand-computed trajectories). */
    public double[] resetTo(double[] state) {
        if (state.length != 4) throw new IllegalArgumentException("CartPole state has 4 entries, got " + state.length);
        System.arraycopy(state, 0, s, 0, 4);
        t = 0;
        needsReset = false;
        return s.clone();
    }

    @Override public Step step(double[] action) {
        if (needsReset) throw new IllegalStateException("CartPole.step called before reset or after the episode ended");
        if (action.length != 1 || (action[0] != 0 && action[0] != 1))
            throw new IllegalArgumentException("CartPole action must be {0} or {1}, got " + java.util.Arrays.toString(action));
        double[] next = dynamics(s, (int) action[0]);
        System.arraycopy(next, 0, s, 0, 4);
        t++;
        boolean terminated = s[0] < -X_LIMIT || s[0] > X_LIMIT || s[2] < -THETA_LIMIT || s[2] > THETA_LIMIT;
        boolean truncated = !terminated && t >= MAX_STEPS;
        needsReset = terminated || truncated;
        return new Step(s.clone(), 1.0, terminated, truncated);
    }

    /** One Euler step of the cart-pole equations of motion (Gymnasium's "euler" integrator). */
    public static double[] dynamics(double[] state, int action) {
        double x = state[0], xDot = state[1], theta = state[2], thetaDot = state[3];
        double force = action == 1 ? FORCE : -FORCE;
        double cos = Math.cos(theta), sin = Math.sin(theta);
        double temp = (force + POLE_MASS_LENGTH * thetaDot * thetaDot * sin) / TOTAL_MASS;
        double thetaAcc = (GRAVITY * sin - cos * temp)
                / (HALF_LENGTH * (4.0 / 3.0 - MASS_POLE * cos * cos / TOTAL_MASS));
        double xAcc = temp - POLE_MASS_LENGTH * thetaAcc * cos / TOTAL_MASS;
        return new double[]{x + TAU * xDot, xDot + TAU * xAcc, theta + TAU * thetaDot, thetaDot + TAU * thetaAcc};
    }
}
