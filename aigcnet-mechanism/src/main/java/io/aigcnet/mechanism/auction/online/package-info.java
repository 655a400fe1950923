/**
 * The online submarket (reconstruction §3.1): a generalised second-score auction for the RSU's
 * rate. Score (b + e_hat)/r - c_R, first-fit in score order, and critical-value payments found
 * exactly by one sweep over the other bidders (with a bisection kept as an independent check).
 */
package io.aigcnet.mechanism.auction.online;
