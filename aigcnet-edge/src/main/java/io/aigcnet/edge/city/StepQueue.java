package io.aigcnet.edge.city;

import java.util.ArrayDeque;

/**
 * An edge server's compute as a FIFO of admitted tasks, accounted in diffusion steps. A task starts
 * when its model is loaded and the task before it has finished, and runs steps / rate seconds. The
 * steps of every admitted, unfinished task count against the capacity; admitting beyond it crashes the
 * server as in AGOD: every in-flight task is lost and the incoming one is refused. The epoch changes on
 * each crash, so completions scheduled before it can be recognised as lost.
 */
public final class StepQueue {
    private final double stepsPerS;
    private final int capacitySteps;
    private final ArrayDeque<double[]> inFlight = new ArrayDeque<>(); // {endS, steps}
    private double inFlightSteps;
    private double lastEndS;
    private long epoch;

    public StepQueue(double stepsPerS, int capacitySteps) {
        this.stepsPerS = stepsPerS;
        this.capacitySteps = capacitySteps;
    }

    /** Removes the tasks finished by {@code nowS} (end ≤ now). */
    public void release(double nowS) {
        while (!inFlight.isEmpty() && inFlight.peekFirst()[0] <= nowS) inFlightSteps -= inFlight.pollFirst()[1];
        if (inFlight.isEmpty()) inFlightSteps = 0;
    }

    public double availableSteps() { return capacitySteps - inFlightSteps; }

    /** FIFO wait before a task arriving now could start computing. */
    public double queueS(double nowS) { return Math.max(0, lastEndS - nowS); }

    /** Whether admitting {@code steps} now would crash the server. */
    public boolean wouldCrash(double steps) { return steps > availableSteps(); }

    /** Clears every in-flight task (a crash); returns how many were lost. */
    public int crash() {
        int lost = inFlight.size();
        inFlight.clear();
        inFlightSteps = 0;
        lastEndS = 0;
        epoch++;
        return lost;
    }

    /** Admits a task whose model is ready at {@code readyS}; returns its completion time. */
    public double admit(double nowS, double readyS, double steps) {
        double start = Math.max(Math.max(nowS, readyS), lastEndS);
        double end = start + steps / stepsPerS;
        inFlight.addLast(new double[]{end, steps});
        inFlightSteps += steps;
        lastEndS = end;
        return end;
    }

    public long epoch() { return epoch; }

    public int inFlightTasks() { return inFlight.size(); }

    public double stepsPerS() { return stepsPerS; }
}
