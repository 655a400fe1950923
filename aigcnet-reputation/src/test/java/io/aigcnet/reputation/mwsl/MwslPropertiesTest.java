package io.aigcnet.reputation.mwsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Assume;
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
   * One more satisfying judgment never lowers the reputation, whatever the reference opinion, as long
   * as γ ≤ 1/2. (With γ > 1/2 it can: (0 pos, 1 neg) is vacuous with 𝓡 = γ, (1, 1) has 𝓡 = 1/4 + γ/2.)
   */
  @Property(tries = 2000)
  void morePositiveJudgmentsNeverLowerReputation(
      @ForAll @IntRange(min = 0, max = 500) int p, @ForAll @IntRange(min = 0, max = 500) int n,
      @ForAll @DoubleRange(min = 0, max = 1) double rs, @ForAll @DoubleRange(min = 0, max = 1) double ru,
      @ForAll @DoubleRange(min = 0.01, max = 1) double rc, @ForAll @DoubleRange(min = 0, max = 0.5) double gamma) {
    Assume.that(rs + ru + rc <= 1.0);
    Opinion ref = new Opinion(rs, ru, rc);
    double before = SubjectiveLogic.reputation(SubjectiveLogic.fuse(SubjectiveLogic.localOpinion(p, n), ref), gamma);
    double after = SubjectiveLogic.reputation(SubjectiveLogic.fuse(SubjectiveLogic.localOpinion(p + 1, n), ref), gamma);
    assertThat(after).isGreaterThanOrEqualTo(before - 1e-12);
  }
}
