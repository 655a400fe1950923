package io.aigcnet.mechanism.auction.offline;

/**
 * Who receives one item and what it pays: {@code receiver} is a traffic simulator index m >= 0,
 * or {@link #DRIVING} for the driving simulator.
 */
public record Award(int receiver, double payment) {
    public static final int DRIVING = -1;

    public boolean toDriving() {
        return receiver == DRIVING;
    }
}
