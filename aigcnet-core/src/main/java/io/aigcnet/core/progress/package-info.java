/** Progress of long runs: a bar on a terminal, a line a minute in logs. */
package io.aigcnet.core.progress;
