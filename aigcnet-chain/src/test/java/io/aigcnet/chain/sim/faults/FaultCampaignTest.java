package io.aigcnet.chain.sim.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultCampaignTest {
    @Test
    void generatedSchedulesKeepEveryProperty() {
        int n = Integer.getInteger("aigcnet.faults.schedules", 200);
        List<String> failures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            FaultSchedule s = ScheduleGenerator.generate(1_000 + i, i % 3 == 2 ? 7 : 4, 1);
            ScheduleOutcome o = FaultCampaign.run(s);
            if (!o.ok()) {
                failures.add(s.describe() + "\n -> " + String.join("\n -> ", o.violations()));
            }
        }
        System.out.printf("%d schedules in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        assertThat(failures).isEmpty();
    }

    @Test
    void theCheckerCatchesAnEquivocatorThatClaimsToBeCorrect() {
        FaultSchedule s = new FaultSchedule(9, 4, 1, Set.of(2), Map.of(), List.of(), 1, 20_000_000_000L);
        assertThat(FaultCampaign.run(s).violations()).isEmpty();
        assertThat(FaultCampaign.run(s, false).violations()).anyMatch(v -> v.contains("signed two PROPOSALs"));
    }

    @Test
    void sameSeedSameScheduleAndOutcome() {
        FaultSchedule a = ScheduleGenerator.generate(424242, 4, 1);
        assertThat(ScheduleGenerator.generate(424242, 4, 1)).isEqualTo(a);
        assertThat(FaultCampaign.run(a)).isEqualTo(FaultCampaign.run(a));
    }

    @Test
    void schedulesStayWithinTheFaultModel() {
        for (long seed = 0; seed < 500; seed++) {
            FaultSchedule s = ScheduleGenerator.generate(seed, 7, 2);
            assertThat(s.equivocators()).allMatch(e -> e < 7).hasSizeLessThanOrEqualTo(2);
            assertThat(s.faults()).filteredOn(f -> f instanceof Fault.RestartWithLostDisk)
                    .allMatch(f -> ((Fault.RestartWithLostDisk) f).node() >= 7);
            assertThat(s.faults()).allMatch(f -> f.atNanos() < s.quietFromNanos());
        }
    }
}
