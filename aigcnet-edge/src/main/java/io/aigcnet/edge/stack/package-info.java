/**
 * Adapters that join the edge network to the rest of the stack: {@link io.aigcnet.edge.stack.SemanticDelivery}
 * delivers generated images with G-SemCom's attention-aware semantic encoder (aigcnet-semcom) instead of
 * sending every pixel.
 */
package io.aigcnet.edge.stack;
