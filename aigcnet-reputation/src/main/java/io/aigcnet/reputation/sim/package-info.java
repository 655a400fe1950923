/**
 * Seeded market simulations behind the reputation experiments: honest clients with private QoE
 * models judge MASP outputs, select MASPs by a {@link io.aigcnet.reputation.selection.SelectionPolicy},
 * and feed an {@link io.aigcnet.reputation.store.OpinionStore}; adversaries inject forged opinions.
 * Each scenario returns plain records; the experiment package turns them into results and charts.
 */
package io.aigcnet.reputation.sim;
