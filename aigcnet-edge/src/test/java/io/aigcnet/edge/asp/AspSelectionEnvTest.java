package io.aigcnet.edge.asp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.learn.env.Step;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class AspSelectionEnvTest {
    static UniformRandomProvider rng(long s) { return RandomSource.XO_RO_SHI_RO_128_PP.create(s); }

    @Test void asspsComeFromAgodGrids() {
        List<AspProfile> asps = AspEpisodes.drawAsps(AspSetup.agod(), rng(3));
        assertThat(asps).hasSize(20);
        for (AspProfile p : asps) {
            assertThat(p.totalT()).isBetween(400, 900);
            assertThat(p.totalT() % 100).isZero();
            assertThat(p.ax()).isBetween(0.0, 90.0);
            assertThat(p.bx()).isBetween(150.0, 240.0);
            assertThat(p.ay()).isBetween(0.0, 0.45 + 1e-12);
            assertThat(p.by()).isBetween(0.5, 0.95 + 1e-12);
        }
        assertThat(AspEpisodes.drawAsps(AspSetup.survey(), rng(3))).allSatisfy(p -> assertThat(p.totalT()).isBetween(600, 1500));
    }

    @Test void episodeHasAboutAThousandSortedTasksStartingAtZero() {
        List<AspTask> tasks = AspEpisodes.drawEpisode(AspSetup.agod(), rng(5));
        assertThat(tasks.size() - 1).isBetween(880, 1120); // Poisson(1000): ±3.8 σ
        assertThat(tasks.get(0).arrivalS()).isZero();
        for (int i = 1; i < tasks.size(); i++) {
            assertThat(tasks.get(i).arrivalS()).isGreaterThanOrEqualTo(tasks.get(i - 1).arrivalS());
            assertThat(tasks.get(i).arrivalS()).isEqualTo(Math.floor(tasks.get(i).arrivalS()));
            assertThat(tasks.get(i).t()).isBetween(100, 250);
            assertThat(tasks.get(i).t() % 10).isZero();
        }
    }

    @Test void envAssignsNTasksAndMatchesTheReplayOfTheSameEpisode() {
        AspSetup s = AspSetup.agod();
        List<AspProfile> asps = AspEpisodes.drawAsps(s, rng(1));
        AspSelectionEnv env = new AspSelectionEnv(s, asps);
        double[] obs = env.reset(rng(9));
        assertThat(obs).hasSize(42);
        assertThat(obs[41]).isCloseTo(env.currentTask().runtimeS() / AspModel.runtimeSeconds(250), within(1e-12));
        List<AspTask> episode = AspEpisodes.drawEpisode(s, rng(9));
        CrashAvoidSelection ca = new CrashAvoidSelection();
        double total = 0;
        int steps = 0;
        Step st;
        do {
            st = env.step(new double[]{ca.select(env.cluster(), env.currentTask())});
            total += st.reward();
            steps++;
            for (double o : st.observation()) assertThat(o).isBetween(0.0, 1.0);
        } while (!st.done());
        assertThat(steps).isEqualTo(episode.size() - 1);
        AspReplay.Result r = AspReplay.run(new AspTrace(asps, episode.subList(0, episode.size() - 1)), new CrashAvoidSelection());
        assertThat(total).isCloseTo(r.cumulativeReward(), within(1e-9));
    }
}
