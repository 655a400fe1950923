package io.aigcnet.layer2.channel;

/**
 * Where the Transfer_Channel contract runs for a set of channel parties: the block-interval stand-in
 * ({@link ChannelChainHost}, scripted channel tests) or the real anchor chain
 * ({@code io.aigcnet.layer2.anchor.AnchoredChannelHost}, the experiments).
 */
public interface ContractHost {
    TransferChannelContract contract();

    /** Transfer_Channel transactions the contract accepted (establish, close and challenge submissions). */
    long acceptedTxs();
}
