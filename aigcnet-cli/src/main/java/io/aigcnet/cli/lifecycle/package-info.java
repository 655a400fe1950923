/** The {@code aigcnet aigc} commands: the survey's AIGC product lifecycle against a live node, and image similarity. */
package io.aigcnet.cli.lifecycle;
