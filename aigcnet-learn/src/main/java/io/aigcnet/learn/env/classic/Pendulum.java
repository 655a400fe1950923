package io.aigcnet.learn.env.classic;

import io.aigcnet.learn.env.Env;
import io.aigcnet.learn.env.Space;
import io.aigcnet.learn.env.Step;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Gymnasium Pendulum-v1: torque-limited swing-up, g = 10, m = l = 1, dt = 0.05, |θ̇| ≤ 8, |u| ≤ 2.
 * Reward −(norm(θ)² + 0.1 θ̇² + 0.001 u²), never terminates, truncated after 200 steps.
 * Observation [cos θ, sin θ, θ̇]; reset θ ~ U(−π, π), θ̇ ~ U(−1, 1).
 */
public final class Pendulum implements Env {
    public static final int MAX_STEPS = 200;
    static final double MAX_SPEED = 8;
    static final double MAX_TORQUE = 2;
    static final double DT = 0.05;
    static final double G = 10.0;
    static final double M = 1.0;
    static final double L = 1.0;

    private double theta;
    private double thetaDot;
    private int t;
    private boolean needsReset = true;

    @Override public Space observationSpace() {
        return new Space.Box(new double[]{-1, -1, -MAX_SPEED}, new double[]{1, 1, MAX_SPEED});
    }

    @Override public Space actionSpace() { return Space.Box.of(1, -MAX_TORQUE, MAX_TORQUE); }

    @Override public double[] reset(UniformRandomProvider rng) {
        theta = -Math.PI + 2 * Math.PI * rng.nextDouble();
        thetaDot = -1 + 2 * rng.nextDouble();
        t = 0;
        needsReset = false;
        return observation();
    }

    /** Starts from a given (θ, θ̇) (tests and hand-computed trajectories). */
    public double[] resetTo(double theta, double thetaDot) {
        this.theta = theta;
        this.thetaDot = thetaDot;
        t = 0;
        needsReset = false;
        return observation();
    }

    @Override public Step step(double[] action) {
        if (needsReset) throw new IllegalStateException("Pendulum.step called before reset or after the episode ended");
        if (action.length != 1 || Double.isNaN(action[0]))
            throw new IllegalArgumentException("Pendulum action must be one finite torque, got " + java.util.Arrays.toString(action));
        double u = Math.max(-MAX_TORQUE, Math.min(MAX_TORQUE, action[0]));
        double reward = -cost(theta, thetaDot, u);
        double newThetaDot = thetaDot + (3 * G / (2 * L) * Math.sin(theta) + 3.0 / (M * L * L) * u) * DT;
        newThetaDot = Math.max(-MAX_SPEED, Math.min(MAX_SPEED, newThetaDot));
        theta = theta + newThetaDot * DT;
        thetaDot = newThetaDot;
        t++;
        boolean truncated = t >= MAX_STEPS;
        needsReset = truncated;
        return new Step(observation(), reward, false, truncated);
    }

    /** Cost of the current state and torque: norm(θ)² + 0.1·θ̇² + 0.001·u². */
    public static double cost(double theta, double thetaDot, double u) {
        double a = normalizeAngle(theta);
        return a * a + 0.1 * thetaDot * thetaDot + 0.001 * u * u;
    }

    /** Maps an angle to [−π, π) with Python's floor-modulo semantics. */
    public static double normalizeAngle(double x) {
        double twoPi = 2 * Math.PI;
        double r = (x + Math.PI) % twoPi;
        if (r < 0) r += twoPi;
        return r - Math.PI;
    }

    private double[] observation() {
        return new double[]{Math.cos(theta), Math.sin(theta), thetaDot};
    }
}
