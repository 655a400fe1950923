/**
 * CPU costs of layer 2: the operation names its actors charge, and the calibration that measures every
 * operation's time on the real code and writes the cost table the simulated experiments use.
 */
package io.aigcnet.layer2.cost;
