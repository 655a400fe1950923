/**
 * Command-line front ends of the QoE incentive mechanism (seed 003): {@code solve qoe} runs a
 * scheme on an instance file and prints the equilibrium as JSON; {@code bench qoe} times the
 * follower solver and Algorithm 1.
 */
package io.aigcnet.cli.qoe;
