/**
 * Adapters that join the edge network to the rest of the stack: {@link io.aigcnet.edge.stack.SemanticDelivery}
 * delivers generated images with G-SemCom's attention-aware semantic encoder (aigcnet-semcom) instead of
 * sending every pixel; {@link io.aigcnet.edge.stack.Layer2Settlement} settles each served request through
 * ProSecutor's service round on layer 2 (channel payment, storage chain, roll-up on a simulated anchor chain);
 * {@link io.aigcnet.edge.stack.ContractPricing} prices layer 2's service rounds with a mechanism contract.
 */
package io.aigcnet.edge.stack;
