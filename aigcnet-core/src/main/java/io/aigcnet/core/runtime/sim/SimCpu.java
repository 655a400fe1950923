package io.aigcnet.core.runtime.sim;

import io.aigcnet.core.runtime.Cpu;
import java.util.ArrayDeque;

/**
 * The CPU budget of one simulated machine: {@code cores} cores and a FIFO queue of work. Every message
 * delivery and timer of the actors attached to it (see {@link SimWorld#attachCpu}) is a task; a task starts
 * when a core is free, its actor's state changes at the start, and what it sends or schedules leaves only
 * after the work it charged so far ({@link #charge}), priced by the {@link CostTable}. The core stays busy
 * for the task's whole charge. Work charged outside a task (a harness calling an actor directly) occupies
 * the earliest free core. Nothing is free: an operation missing from the table fails.
 *
 * <p>Two queues, as a real node keeps its protocol traffic apart from its intake: <em>bulk</em> tasks (client
 * submissions and their replication, marked by the world's bulk predicate) wait in a bounded queue that is
 * served only when no other task waits; when it is full a new bulk task is dropped (counted), as a full mempool
 * or socket buffer would. Without this, a node past its capacity would queue votes behind an unbounded backlog
 * of submissions and stop finalising anything.
 *
 * <p>Several worlds may share one machine (a super node that is also an RCO): attach the same SimCpu.
 */
public final class SimCpu implements Cpu {
    private final Simulation sim;
    private final CostTable costs;
    private final long[] coreFree;
    /** Bulk tasks a machine holds at most by default (about a second of signature checks on two cores). */
    public static final int DEFAULT_BULK_CAPACITY = 20_000;

    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private final ArrayDeque<Runnable> bulk = new ArrayDeque<>();
    private final int bulkCapacity;
    private long bulkDropped;
    private boolean dispatchScheduled;
    private boolean inTask;
    private long offset;
    private long busyNanos;
    private long tasks;
    private int maxQueue;

    public SimCpu(Simulation sim, int cores, CostTable costs) {
        this(sim, cores, costs, DEFAULT_BULK_CAPACITY);
    }

    public SimCpu(Simulation sim, int cores, CostTable costs, int bulkCapacity) {
        if (cores < 1 || bulkCapacity < 1) {
            throw new IllegalArgumentException("cores and bulk capacity must be >= 1, got " + cores + ", " + bulkCapacity);
        }
        this.bulkCapacity = bulkCapacity;
        this.sim = sim;
        this.costs = costs;
        this.coreFree = new long[cores];
    }

    @Override
    public void charge(String operation, long count) {
        long c = costs.of(operation) * count;
        if (c == 0) {
            return;
        }
        busyNanos += c;
        if (inTask) {
            offset += c;
        } else {
            int k = earliestCore();
            coreFree[k] = Math.max(coreFree[k], sim.nanos()) + c;
        }
    }

    /** Work charged so far by the running task: what it sends or schedules leaves this much later. */
    public long offset() {
        return inTask ? offset : 0;
    }

    /** Queues a task; it runs when a core is free. */
    public void submit(Runnable task) {
        submit(task, false);
    }

    /** Queues a task; a bulk task runs only when no other task waits, and is dropped when the bulk queue is full. */
    public void submit(Runnable task, boolean isBulk) {
        if (isBulk) {
            if (bulk.size() >= bulkCapacity) {
                bulkDropped++;
                return;
            }
            bulk.add(task);
        } else {
            queue.add(task);
        }
        maxQueue = Math.max(maxQueue, queue.size() + bulk.size());
        if (!inTask) {
            dispatch();
        }
    }

    private void dispatch() {
        while (!queue.isEmpty() || !bulk.isEmpty()) {
            int k = earliestCore();
            long now = sim.nanos();
            if (coreFree[k] > now) {
                if (!dispatchScheduled) {
                    dispatchScheduled = true;
                    sim.at(coreFree[k], Simulation.PRIORITY_TIMER, 3, () -> {
                        dispatchScheduled = false;
                        dispatch();
                    });
                }
                return;
            }
            Runnable t = queue.isEmpty() ? bulk.poll() : queue.poll();
            inTask = true;
            offset = 0;
            try {
                t.run();
            } finally {
                inTask = false;
            }
            coreFree[k] = now + offset;
            tasks++;
            offset = 0;
        }
    }

    private int earliestCore() {
        int k = 0;
        for (int i = 1; i < coreFree.length; i++) {
            if (coreFree[i] < coreFree[k]) {
                k = i;
            }
        }
        return k;
    }

    public int cores() {
        return coreFree.length;
    }

    /** Total CPU nanoseconds charged (over all cores). */
    public long busyNanos() {
        return busyNanos;
    }

    public long tasks() {
        return tasks;
    }

    public int queued() {
        return queue.size() + bulk.size();
    }

    /** Bulk tasks dropped because the bulk queue was full. */
    public long bulkDropped() {
        return bulkDropped;
    }

    public int maxQueue() {
        return maxQueue;
    }

    /** Busy fraction of the machine's cores over {@code [0, now]}. */
    public double utilisation() {
        return sim.nanos() == 0 ? 0 : (double) busyNanos / ((double) sim.nanos() * coreFree.length);
    }
}
