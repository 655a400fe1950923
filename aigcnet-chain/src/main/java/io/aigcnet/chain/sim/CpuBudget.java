package io.aigcnet.chain.sim;

import io.aigcnet.core.runtime.sim.CostTable;
import io.aigcnet.core.runtime.sim.SimCpu;
import io.aigcnet.core.runtime.sim.Simulation;

/** Every simulated machine gets {@code cores} cores; operations cost what {@code costs} says. */
public record CpuBudget(int cores, CostTable costs) {
    public CpuBudget {
        if (cores < 1) {
            throw new IllegalArgumentException("cores must be >= 1, got " + cores);
        }
    }

    public SimCpu machine(Simulation sim) {
        return new SimCpu(sim, cores, costs);
    }

    /** Gives every node of {@code chain} its own machine; call before {@link SimChain#startAll()}. */
    public SimCpu[] attach(SimChain chain) {
        SimCpu[] cpus = new SimCpu[chain.size()];
        for (int i = 0; i < cpus.length; i++) {
            cpus[i] = machine(chain.simulation());
            chain.world().attachCpu(io.aigcnet.core.runtime.NodeId.of(i), cpus[i]);
        }
        return cpus;
    }
}
