/**
 * The extension point for application state on the anchor chain: an {@link io.aigcnet.chain.app.AppExecutor}
 * gives meaning to {@code APP} transactions (for example the AIGC product registry), and the node runs it on
 * every block it builds, checks, commits or replays, so the application state is consensus state and is
 * rebuilt from the store after a restart. The chain itself knows no application.
 */
package io.aigcnet.chain.app;
