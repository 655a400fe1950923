/**
 * The OS²A assessment of mobile-AIGC service providers (ProSecutor, Section V): an objective part
 * from service latency and KPIs ({@link io.aigcnet.reputation.os2a}) and a subjective part, the
 * Multi-Weight Subjective Logic reputation ({@link io.aigcnet.reputation.mwsl}), kept up to date
 * incrementally ({@link io.aigcnet.reputation.store}) and used to select providers
 * ({@link io.aigcnet.reputation.selection}).
 */
package io.aigcnet.reputation;
