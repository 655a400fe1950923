/** The trainer role: loops that alternate collection and updates, evaluation, CSV logs and progress reporting. */
package io.aigcnet.learn.train;
