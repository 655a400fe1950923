/** The {@code report.md} writer: each result beside the paper's value, with a verdict. */
package io.aigcnet.core.report;
