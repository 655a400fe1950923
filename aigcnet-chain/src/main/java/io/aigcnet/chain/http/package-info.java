/**
 * A live node's HTTP face on Javalin: the JSON API ({@link io.aigcnet.chain.http.ChainRoutes}), Prometheus
 * metrics, the dashboard page and its server-sent events ({@link io.aigcnet.chain.http.DashboardFeed}), and the
 * panels an embedding application fills through {@link io.aigcnet.chain.http.AppView} (layer 2, reputation,
 * storage, service rounds), so the chain never depends on the layer that runs on it.
 */
package io.aigcnet.chain.http;
