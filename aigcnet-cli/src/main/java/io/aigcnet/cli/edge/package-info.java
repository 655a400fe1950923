/** The {@code aigcnet edge} commands: the cloud-edge-mobile AIGC network (ASP selection, city scenarios). */
package io.aigcnet.cli.edge;
