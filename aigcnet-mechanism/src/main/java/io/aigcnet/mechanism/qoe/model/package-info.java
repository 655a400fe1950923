/**
 * Domain values of the QoE mechanism: users, providers, channels, the CoT accuracy model and the
 * QoE of eq. (7), plus the workload-form instance every solver works on. Units policy (see
 * docs/decisions.md): latency and QoE in ms, compute in TFLOPS, bandwidth in MHz, so the compute
 * workload A is in TFLOPS·ms and the transmission workload D in MHz·ms.
 */
package io.aigcnet.mechanism.qoe.model;
