package io.aigcnet.layer2.service.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.layer2.channel.TransferChannelContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clients that retire a channel after a few paid rounds: it closes, waits out its challenge window, settles, and a new one opens. */
class ChannelLifetimeTest {
    @Test
    void retiredChannelsSettleAndTheirPairReopensWithANewIdAndMoneyIsConserved() {
        ServiceMarket m = new ServiceMarket(11, 2, 3, 1, 0.2);
        m.closeChannelsAfter(2);
        long supply = m.contract().totalSupply();
        m.run(150);
        List<TransferChannelContract.ChannelInfo> chans = m.contract().channels();
        assertThat(chans).extracting(TransferChannelContract.ChannelInfo::status).contains("settled");
        // some client-MASP pair has had more than one channel, each with its own id
        var pairs = chans.stream().map(c -> c.client().hex() + c.masp().hex()).toList();
        assertThat(pairs.stream().distinct().count()).isLessThan(pairs.size());
        assertThat(chans.stream().map(c -> c.id().hex()).distinct().count()).isEqualTo(chans.size());
        // every retired channel carried exactly the rounds it was allowed
        assertThat(m.channelUses()).allSatisfy(u -> assertThat(u.transfers()).isLessThanOrEqualTo(2));
        assertThat(m.rounds().size()).isGreaterThan(chans.size());
        assertThat(m.contract().totalSupply()).isEqualTo(supply);
    }

    @Test
    void byDefaultChannelsStayOpen() {
        ServiceMarket m = new ServiceMarket(11, 2, 3, 1, 0.2);
        m.run(60);
        assertThat(m.contract().channels()).extracting(TransferChannelContract.ChannelInfo::status).containsOnly("open");
    }
}
