package io.aigcnet.mechanism.contract.agent;

/** Designs a contract for a raw (unnormalised) environment state e. */
public interface ContractDesigner extends AutoCloseable {
    double[] design(double[] state);

    /** Releases native resources (networks); a no-op for solvers. */
    @Override default void close() {}
}
