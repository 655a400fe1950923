/**
 * The survey's vehicular two-submarket auction (Sec. V-B, Figs. 10-11): a roadside unit sells
 * communication-and-computing rate to autonomous vehicles that keep digital twins (online
 * submarket, generalised second-score auction with critical-value payments), and the
 * synchronised twin data are then sold to traffic simulators and a driving simulator (offline
 * submarket, second price or modified second bid with a price scaling factor). MTEPViSA, EPViSA
 * and PViSA differ in the online demand model and the offline rule; Random and Omniscient are
 * the baselines. The source papers are not public here, so the model is a reconstruction that
 * satisfies every verified sentence of the survey and the papers' abstracts; each reconstructed
 * choice is listed in docs/decisions.md ("Vehicular auction").
 */
package io.aigcnet.mechanism.auction;
