/** The {@code semcom} commands: G-SemCom's semantic encoder on the command line. */
package io.aigcnet.cli.semcom;
