package io.aigcnet.reputation.selection;

/** How a client picks a MASP among the available ones. */
public interface SelectionPolicy {
    /**
     * Tries the {@code candidates} in the policy's order through {@code handshake} and returns the
     * first MASP that completes both rounds.
     */
    Selection select(int client, int[] candidates, Handshake handshake);

    /** Both rounds of the handshake with one MASP. */
    static boolean handshake(Handshake h, int client, int masp) {
        return h.request(client, masp) && h.deliverPrompts(client, masp);
    }
}
