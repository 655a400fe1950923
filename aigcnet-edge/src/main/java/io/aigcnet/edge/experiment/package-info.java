/** The survey's network experiments for {@code aigcnet reproduce}: ASP selection (Fig. 9), model caching, offloading under mobility. */
package io.aigcnet.edge.experiment;
