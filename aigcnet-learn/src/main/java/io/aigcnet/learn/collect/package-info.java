/** The collector role: runs policies in environments and hands raw experience to buffers and algorithms. */
package io.aigcnet.learn.collect;
