/**
 * MASP selection (ProSecutor Algorithm 2, second procedure, and the survey's ESP selection):
 * pluggable {@link io.aigcnet.reputation.selection.SelectionPolicy} strategies that try candidates
 * through a two-round {@link io.aigcnet.reputation.selection.Handshake} and fall through on rejection.
 * The signed, encrypted handshake of the chain implements the same interface later.
 */
package io.aigcnet.reputation.selection;
