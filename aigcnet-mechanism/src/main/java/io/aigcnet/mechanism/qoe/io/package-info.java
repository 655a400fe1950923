/**
 * Reading game instances from JSON (the workload form of issue 6 and the physical form of seed
 * 003's demands, converted by eq. (7)) and writing solved outcomes, with errors that name the
 * file and the offending entry.
 */
package io.aigcnet.mechanism.qoe.io;
