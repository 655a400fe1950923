/**
 * ProSecutor Table II: its eight attacks run against the running system on the simulated runtime, each once with
 * its defence in place and once with that defence removed. The anchor chain (51% attack, identity attack,
 * spamming), the MWSL reputation market (flooding, long-range, dusting), the payment contract (moral hazard) and
 * the transfer channel (intentional delay) are the real implementations of the modules below; this package only
 * stages the attacks, removes one defence at a time, and judges each run by a criterion fixed before the runs.
 */
package io.aigcnet.edge.attacks;
