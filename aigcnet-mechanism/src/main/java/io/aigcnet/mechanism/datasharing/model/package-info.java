/**
 * The paper's system model as plain values and equations: average Age of Information and service
 * latency of a periodically refreshed cache (eqs. 1-2), the impact functions and the logarithmic
 * Quality of Data (eqs. 3-4), device and base-station utilities (eqs. 5-7), and the IR/IC checker
 * of a contract menu (eqs. 8-9) that reports which constraint fails. Everything here is
 * deterministic and free of solver or learning concerns, so the solvers, the environment and the
 * CLI all evaluate a contract through the same code.
 */
package io.aigcnet.mechanism.datasharing.model;
