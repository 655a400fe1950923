/**
 * Layer 2 as a node's dashboard shows it: {@link io.aigcnet.layer2.view.MarketView} runs ProSecutor's service
 * market at wall-clock pace and publishes snapshots of its channels, roll-ups, reputations, storage and rounds
 * through the chain's {@link io.aigcnet.chain.http.AppView}; {@link io.aigcnet.layer2.view.DemoNetwork} puts it
 * beside a live loopback chain for {@code aigcnet demo --dashboard}.
 */
package io.aigcnet.layer2.view;
