/**
 * The storage chain's IPFS-style HTTP interface, built on the JDK's {@code com.sun.net.httpserver}
 * (no extra dependency, enough for put/get/receipt): {@code POST /v1/content} stores the request
 * body and answers the receipt as JSON, {@code GET /v1/content/<key>} returns the verified bytes,
 * {@code GET /v1/receipt/<key>} returns the receipt. Plus a small client for the anchor chain.
 */
package io.aigcnet.chain.storage.http;
