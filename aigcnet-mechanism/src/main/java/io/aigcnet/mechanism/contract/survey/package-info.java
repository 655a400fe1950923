/**
 * The survey's AI-generated contract for semantic-information sharing between MR headsets (survey Sec. V-C,
 * Fig. 13; Du et al., JSAC 2023): the 13-component state, the full-duplex link and its QoS Q_s, the SIP's
 * best response over its hidden transmit power, IR, the exact optimum by nested maximisation and the analytic
 * oracle that holds when the fixed payment is unconstrained. Every choice the sources leave open is in
 * docs/decisions.md.
 */
package io.aigcnet.mechanism.contract.survey;
