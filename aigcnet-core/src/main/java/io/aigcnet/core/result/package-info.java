/** Result recording: {@code result.json} with stable dotted keys, and one CSV per series. */
package io.aigcnet.core.result;
