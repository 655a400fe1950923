/** Progress bars for long runs, shown only when attached to a terminal. */
package io.aigcnet.core.progress;
