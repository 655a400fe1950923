/**
 * The experiment {@code survey-vehicular-auction}: the survey's Fig. 11 market-size sweep on the
 * reconstructed model, with the strategy-proofness, individual-rationality, adverse-selection and
 * critical-payment checks run inside the experiment and reported beside the survey's claims.
 */
package io.aigcnet.mechanism.auction.experiment;
