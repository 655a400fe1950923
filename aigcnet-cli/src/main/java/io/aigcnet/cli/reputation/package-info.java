/**
 * Command-line access to the reputation layer: {@code aigcnet assess reputation} evaluates
 * ProSecutor eqs. (7)–(12) for one client and MASP from a JSON file, and {@code aigcnet bench
 * reputation} measures the incremental opinion store.
 */
package io.aigcnet.cli.reputation;
