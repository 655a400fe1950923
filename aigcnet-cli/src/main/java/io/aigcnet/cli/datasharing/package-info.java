/**
 * Command-line access to the seed-002 data-sharing contract: {@code aigcnet solve datasharing}
 * prints the exact optimal menu for one network state as JSON.
 */
package io.aigcnet.cli.datasharing;
