/**
 * The experiments of the survey's AIGC lifecycle case study and of ProSecutor's Table II attacks, and the
 * seeded fault runs they share with the tests.
 */
package io.aigcnet.lifecycle.experiment;
