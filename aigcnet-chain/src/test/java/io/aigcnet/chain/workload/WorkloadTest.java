package io.aigcnet.chain.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.chain.block.CanonicalSize;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.metrics.ChainMetrics;
import io.aigcnet.chain.metrics.LatencyRecorder;
import io.aigcnet.chain.tx.Transaction;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class WorkloadTest {
    @Test
    void chiSquaredFeesHaveTheClosedFormMoments() {
        // χ²(k) has mean k and variance 2k (closed form); fees are scaled by 10^6 minor units
        ChiSquaredFees fees = ChiSquaredFees.paper(RandomSource.XO_RO_SHI_RO_128_PP.create(5L));
        int n = 400_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double x = fees.next() / 1e6;
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / n;
        double var = sumSq / n - mean * mean;
        assertThat(mean).isCloseTo(0.59, within(0.59 * 0.02));
        assertThat(var).isCloseTo(1.18, within(1.18 * 0.05));
        assertThat(ChiSquaredFees.toMinorUnits(1e-9, 1_000_000)).isEqualTo(1);
        assertThat(ChiSquaredFees.toMinorUnits(0.1234567, 1_000_000)).isEqualTo(123_457);
    }

    @Test
    void storageAccountingMatchesTheHandComputation() {
        // 720 blocks/h x (120 + 500 x 99) B = 35,726,400 B = 34.0714 MiB (spec §5.4)
        assertThat(CanonicalSize.blockBytes(500, 0)).isEqualTo(49_620);
        assertThat(ChainMetrics.mibPerHour(720 * CanonicalSize.blockBytes(500, 0), 3600)).isCloseTo(34.0714, within(1e-4));
        // roll-up variant: 720 x (120 + 500 x 32) B = 11.0687 MiB
        assertThat(ChainMetrics.mibPerHour(720 * CanonicalSize.blockBytes(0, 500), 3600)).isCloseTo(11.0687, within(1e-4));
    }

    @Test
    void injectionScheduleIsExactForFractionalRates() {
        InjectionSchedule s = new InjectionSchedule(2.5);
        int total = 0;
        for (long t = 0; t <= 10_000_000_000L; t += 10_000_000L) {
            total += s.due(t);
        }
        assertThat(total).isEqualTo(25);
    }

    @Test
    void percentilesAreNearestRank() {
        LatencyRecorder r = new LatencyRecorder();
        for (int i = 1; i <= 10; i++) {
            r.add(i);
        }
        assertThat(r.percentile(50)).isEqualTo(5);
        assertThat(r.percentile(95)).isEqualTo(10);
        assertThat(r.mean()).isEqualTo(5.5);
    }

    @Test
    void csvReplayReadsBlockEmulatorColumnsAndSkipsContracts() throws Exception {
        String csv = """
                blockNumber,timestamp,transactionHash,from,to,toCreate,fromIsContract,toIsContract,value,gasLimit,gasPrice,gasUsed
                1,1,0xa,0x1111111111111111111111111111111111111111,0x2222222222222222222222222222222222222222,,0,0,3000000000,21000,20000000000,21000
                1,1,0xb,0x1111111111111111111111111111111111111111,0x3333333333333333333333333333333333333333,,0,1,5,21000,1,21000
                2,2,0xc,0x1111111111111111111111111111111111111111,0x2222222222222222222222222222222222222222,,0,0,7000000000,21000,3000000000,21000
                """;
        List<CsvReplay.Row> rows = CsvReplay.read(new BufferedReader(new StringReader(csv)), "test.csv", 10);
        assertThat(rows).hasSize(2);
        List<Transaction> txs = CsvReplay.toTransactions(rows, SignatureScheme.ed25519());
        assertThat(txs.get(0).value()).isEqualTo(3); // 3e9 wei = 3 gwei
        assertThat(txs.get(0).fee()).isEqualTo(20);
        assertThat(txs.get(1).nonce()).isEqualTo(2);
        assertThat(txs.get(0).sender()).isEqualTo(CsvReplay.keyOf("0x1111111111111111111111111111111111111111").address());
        assertThat(txs.get(1).verifySignature(SignatureScheme.ed25519())).isTrue();
        String bad = "1,1,0xa,0x1111111111111111111111111111111111111111,0x2222222222222222222222222222222222222222,,0,0,abc,1,1,1\n";
        assertThatThrownBy(() -> CsvReplay.read(new BufferedReader(new StringReader(bad)), "bad.csv", 10))
                .hasMessageContaining("bad.csv:1").hasMessageContaining("value");
    }
}
