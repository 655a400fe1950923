/**
 * The live runtime: wall clock, one event-loop thread per node (so the node code stays single-threaded
 * as in the simulator), Netty TCP between processes with 4-byte length-prefixed frames of the canonical
 * message encoding, RocksDB storage and a small HTTP/JSON API (JDK {@code com.sun.net.httpserver}, chosen
 * over Javalin to avoid a web framework and its Jetty stack for four read-mostly endpoints).
 */
package io.aigcnet.chain.live;
