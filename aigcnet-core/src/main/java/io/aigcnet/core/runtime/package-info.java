/**
 * The three ports through which every time-driven actor (chain node, RCO, channel party, client) sees
 * the world: a {@link io.aigcnet.core.runtime.Clock}, a {@link io.aigcnet.core.runtime.Scheduler} and
 * a {@link io.aigcnet.core.runtime.Network}. Actors never read the wall clock, start threads or open
 * sockets; the simulated runtime ({@code sim}) and the live runtime implement these ports, so one
 * logic runs in deterministic virtual time and as real processes.
 */
package io.aigcnet.core.runtime;
