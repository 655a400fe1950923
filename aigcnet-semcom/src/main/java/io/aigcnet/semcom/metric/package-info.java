/**
 * Image-level quality models of G-SemCom's JPSQ: an aesthetic model (NIMA, eq. (16)) and a perceptual
 * distance (DreamSim, eq. (15)), with ONNX Runtime adapters that run real exported networks when a local
 * model file is configured ({@link io.aigcnet.semcom.metric.QualityModels}). Nothing here is used by default:
 * without model files the experiments keep the calibrated surrogate and say so.
 */
package io.aigcnet.semcom.metric;
