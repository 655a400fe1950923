/** Reproducible experiments of the learn module (learn-sanity: the toolkit on tasks with known results). */
package io.aigcnet.learn.experiment;
