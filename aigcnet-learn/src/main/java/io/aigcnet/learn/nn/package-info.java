/**
 * Neural-network building blocks on DJL's PyTorch engine: engine start-up (offline, single-threaded),
 * linear layers and MLPs whose parameters are plain NDArrays in an owner manager, Adam/AdamW, gradient
 * clipping and parameter-list utilities (hard copy, Polyak averaging, checkpoint I/O).
 */
package io.aigcnet.learn.nn;
