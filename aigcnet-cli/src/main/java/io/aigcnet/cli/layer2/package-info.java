/**
 * CLI commands of ProSecutor's layer 2: {@code aigcnet bench layer2} measures the speed of the roll-up
 * (opinions per second through one RCO, Reputation Tree rebuild) and of channel rounds, and prints JSON.
 */
package io.aigcnet.cli.layer2;
