package io.aigcnet.reputation.selection;

/** Outcome of one selection: the MASP that accepted (or {@link #NONE}) and how many MASPs were asked. */
public record Selection(int masp, int attempts) {
    public static final int NONE = -1;

    public boolean succeeded() {
        return masp != NONE;
    }
}
