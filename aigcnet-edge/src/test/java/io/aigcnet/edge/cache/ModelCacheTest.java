package io.aigcnet.edge.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked case: an 8 GB cache, three 4 GB models A (miss penalty 10 s), B (1 s), C (2 s), requests
 * A B B C A at t = 0..4. LRU: at C evicts A (oldest), at A evicts B → 4 misses, 23 s. LFU: at C
 * evicts A (1 request vs B's 2), at A evicts C (1 vs 2) → 4 misses, 23 s. Penalty-aware: at C the
 * utilities are A 10·1 = 10, B 1·2 = 2 → evicts B, so the last A hits → 3 misses, 13 s.
 */
class ModelCacheTest {
    static final CachedModel A = new CachedModel("A", 4, 10, 4), B = new CachedModel("B", 4, 1, 4), C = new CachedModel("C", 4, 2, 4);

    static ModelCache replay(EvictionPolicy p) {
        ModelCache c = new ModelCache(8, p);
        List<CachedModel> seq = List.of(A, B, B, C, A);
        for (int t = 0; t < seq.size(); t++) c.access(seq.get(t), t);
        return c;
    }

    @Test void lru() {
        ModelCache c = replay(new LruEviction());
        assertThat(c.misses()).isEqualTo(4);
        assertThat(c.hits()).isEqualTo(1);
        assertThat(c.totalLoadDelayS()).isCloseTo(23, within(1e-12));
        assertThat(c.loadedIds()).containsExactly("C", "A");
        assertThat(c.backhaulGb()).isCloseTo(16, within(1e-12));
    }

    @Test void lfu() {
        ModelCache c = replay(new LfuEviction());
        assertThat(c.misses()).isEqualTo(4);
        assertThat(c.totalLoadDelayS()).isCloseTo(23, within(1e-12));
        assertThat(c.loadedIds()).containsExactly("B", "A");
    }

    @Test void penaltyAwareKeepsTheExpensiveModel() {
        ModelCache c = replay(new PenaltyAwareEviction());
        assertThat(c.misses()).isEqualTo(3);
        assertThat(c.hits()).isEqualTo(2);
        assertThat(c.hitRate()).isCloseTo(0.4, within(1e-12));
        assertThat(c.totalLoadDelayS()).isCloseTo(13, within(1e-12));
        assertThat(c.loadedIds()).containsExactly("A", "C");
    }

    @Test void evictsSeveralToFitALargeModelAndNeverOverfills() {
        ModelCache c = new ModelCache(8, new LruEviction());
        c.access(new CachedModel("s1", 3, 1, 3), 0);
        c.access(new CachedModel("s2", 3, 1, 3), 1);
        Access a = c.access(new CachedModel("big", 7, 5, 7), 2);
        assertThat(a.evicted()).isEqualTo(2);
        assertThat(c.usedGb()).isCloseTo(7, within(1e-12));
        Access huge = c.access(new CachedModel("huge", 9, 30, 9), 3);
        assertThat(huge.uncacheable()).isTrue();
        assertThat(huge.loadDelayS()).isEqualTo(30);
        assertThat(c.loadedIds()).containsExactly("big");
    }

    @Test void aHitDuringTheFetchWaitsForTheRest() {
        ModelCache c = new ModelCache(8, new LruEviction());
        assertThat(c.readyInS(A, 0)).isEqualTo(10);
        c.access(A, 0);
        assertThat(c.readyInS(A, 4)).isEqualTo(6);
        Access early = c.access(A, 4);
        assertThat(early.hit()).isTrue();
        assertThat(early.loadDelayS()).isEqualTo(6);
        assertThat(c.access(A, 12).loadDelayS()).isZero();
    }

    @Test void aBackgroundPullCountsTheRequestButNeverEvicts() {
        ModelCache c = new ModelCache(8, new LfuEviction());
        assertThat(c.pullIfRoom(A, 0)).isEqualTo(4);
        assertThat(c.pullIfRoom(B, 1)).isEqualTo(4);
        assertThat(c.pullIfRoom(C, 2)).isZero(); // full: C is counted, not loaded
        assertThat(c.loadedIds()).containsExactly("A", "B");
        // C's pulled request counts: C (1 pull + 1 access = 2) vs A (1) → LFU evicts A, not B (1 pull) — the first of the ties
        c.access(C, 3);
        assertThat(c.loadedIds()).containsExactly("B", "C");
        assertThat(c.backhaulGb()).isEqualTo(12);
    }
}
