/**
 * The lifecycle on a live node: the node application (registry executor in the survey's chain mode, a
 * content directory as the storage chain of a local network) and its JSON endpoints under {@code /aigc/},
 * mounted through the node's library-neutral route hook so they survive a change of HTTP server.
 */
package io.aigcnet.lifecycle.http;
