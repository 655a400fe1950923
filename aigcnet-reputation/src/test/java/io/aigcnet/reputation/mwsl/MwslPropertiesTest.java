package io.aigcnet.reputation.mwsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class MwslPropertiesTest {
    @Property
    void localOpinionsSumToOne(@ForAll @IntRange(min = 0, max = 100_000) int p, @ForAll @IntRange(min = 0, max = 100_000) int n) {
        assertThat(SubjectiveLogic.localOpinion(p, n).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Property
    void fusionWithVacuousIsIdentity(@ForAll @DoubleRange(min = 0, max = 1) double s, @ForAll @DoubleRange(min = 0, max = 1) double u,
                                     @ForAll @DoubleRange(min = 0, max = 1) double c) {
        Opinion o = new Opinion(s, u, c);
        Opinion a = SubjectiveLogic.fuse(o, Opinion.VACUOUS);
        Opinion b = SubjectiveLogic.fuse(Opinion.VACUOUS, o);
        for (Opinion f : new Opinion[] {a, b}) {
            assertThat(f.s()).isCloseTo(s, within(1e-12));
            assertThat(f.u()).isCloseTo(u, within(1e-12));
            assertThat(f.c()).isCloseTo(c, within(1e-12));
        }
    }

    /**
     * More positive judgments never lower reputation: among histories with the same number of
     * judgments, turning a negative judgment into a positive one never lowers 𝓡, for any reference
     * opinion and any γ ∈ [0, 1]. (c^loc depends only on p + n, so s^loc rises, u^loc falls and
     * c^fin is unchanged.) Adding a judgment is a different question: see the next test.
     */
    @Property(tries = 3000)
    void morePositiveJudgmentsNeverLowerReputation(
            @ForAll @IntRange(min = 0, max = 500) int p, @ForAll @IntRange(min = 1, max = 500) int n,
            @ForAll @DoubleRange(min = 0, max = 1) double rs, @ForAll @DoubleRange(min = 0, max = 1) double ru,
            @ForAll @DoubleRange(min = 0.01, max = 1) double rc, @ForAll @DoubleRange(min = 0, max = 1) double gamma) {
        Assume.that(rs + ru + rc <= 1.0);
        Opinion ref = new Opinion(rs, ru, rc);
        double before = SubjectiveLogic.reputation(SubjectiveLogic.fuse(SubjectiveLogic.localOpinion(p, n), ref), gamma);
        double after = SubjectiveLogic.reputation(SubjectiveLogic.fuse(SubjectiveLogic.localOpinion(p + 1, n - 1), ref), gamma);
        assertThat(after).isGreaterThanOrEqualTo(before - 1e-12);
    }

    /**
     * A characteristic of eqs. (7) + (11), recorded in docs/decisions.md: one more judgment, even a
     * positive one, strengthens the local opinion against the reference, so with a mostly negative
     * history and a glowing reference the reputation can fall. Hand computation: (p, n) = (0, 5) gives
     * local (0, 0.8, 0.2); with reference (0.99, 0, 0.01), D = 0.2 + 0.01 − 0.002 = 0.208 and
     * s^fin = 0.99·0.2/0.208 = 0.951923; (1, 5) gives local (5/36, 25/36, 1/6), D = 0.175,
     * s^fin = (5/36·0.01 + 0.99/6)/0.175 = 0.950794. With γ = 0 that is the reputation.
     */
    @Example
    void addingAPositiveJudgmentCanLowerReputationAgainstAStrongReference() {
        Opinion ref = new Opinion(0.99, 0, 0.01);
        double before = SubjectiveLogic.reputation(SubjectiveLogic.fuse(SubjectiveLogic.localOpinion(0, 5), ref), 0);
        double after = SubjectiveLogic.reputation(SubjectiveLogic.fuse(SubjectiveLogic.localOpinion(1, 5), ref), 0);
        assertThat(before).isCloseTo(0.99 * 0.2 / 0.208, within(1e-9));
        assertThat(after).isCloseTo((5.0 / 36 * 0.01 + 0.99 / 6) / 0.175, within(1e-9));
        assertThat(after).isLessThan(before);
    }
}
