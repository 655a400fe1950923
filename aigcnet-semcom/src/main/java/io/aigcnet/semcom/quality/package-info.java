/**
 * Recovery quality for G-SemCom: JPSQ (eqs. (15)–(18)), the per-user utility term of eq. (19), and the
 * {@code QualityOracle} role with its calibrated surrogate (DreamSim and NIMA need model weights that
 * the build cannot download).
 */
package io.aigcnet.semcom.quality;
