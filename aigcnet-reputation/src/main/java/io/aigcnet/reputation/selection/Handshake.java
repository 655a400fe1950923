package io.aigcnet.reputation.selection;

/**
 * The two-round handshake of Algorithm 2. Round 1 sends the service request (task, expected OS²A_O,
 * contract); round 2 sends the prompts. A MASP may reject either round.
 */
public interface Handshake {
    /** Round 1: does MASP {@code masp} acknowledge client {@code client}'s request? */
    boolean request(int client, int masp);

    /** Round 2: does MASP {@code masp} acknowledge the prompts and start inference? */
    boolean deliverPrompts(int client, int masp);

    /** A handshake every MASP accepts. */
    Handshake ALWAYS_ACCEPT = new Handshake() {
        @Override
        public boolean request(int client, int masp) {
            return true;
        }

        @Override
        public boolean deliverPrompts(int client, int masp) {
            return true;
        }
    };
}
