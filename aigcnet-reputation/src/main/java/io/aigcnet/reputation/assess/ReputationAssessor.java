package io.aigcnet.reputation.assess;

import io.aigcnet.reputation.mwsl.MwslParams;
import io.aigcnet.reputation.mwsl.Opinion;
import io.aigcnet.reputation.mwsl.ReferenceOpinion;
import io.aigcnet.reputation.mwsl.ReputationResult;
import io.aigcnet.reputation.mwsl.SubjectiveLogic;
import io.aigcnet.reputation.mwsl.WeightingFactors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates eqs. (7)–(12) directly from explicit opinion records and fee histories. It is the
 * reference the incremental {@link io.aigcnet.reputation.store.OpinionStore} is tested against.
 */
public final class ReputationAssessor {
    private ReputationAssessor() {}

    public static Assessment assess(AssessmentInput in) {
        MwslParams p = in.params();
        List<OpinionRecord> onMasp = new ArrayList<>();
        long total = 0;
        for (OpinionRecord o : in.opinions()) {
            if (o.masp().equals(in.masp())) {
                onMasp.add(o);
                total += o.positive() + o.negative();
            }
        }
        Map<String, FactorValues> weights = new LinkedHashMap<>();
        Opinion local = Opinion.VACUOUS;
        ReferenceOpinion reference = new ReferenceOpinion();
        for (OpinionRecord o : onMasp) {
            FactorValues f = factors(o, total, in.latestBlock(), p);
            weights.put(o.client(), f);
            Opinion opinion = SubjectiveLogic.localOpinion(o.positive(), o.negative());
            if (o.client().equals(in.client())) {
                local = opinion;
            } else {
                reference.add(WeightingFactors.weight(p.factorWeights(), f.familiarity(), f.freshness(), f.marketWorth()), opinion);
            }
        }
        ReputationResult result = ReputationResult.of(local, reference.result(in.sensitivity()), p.uncertaintyWeight());
        return new Assessment(result, weights);
    }

    static FactorValues factors(OpinionRecord o, long totalInteractions, long latestBlock, MwslParams p) {
        double familiarity = WeightingFactors.familiarity(o.positive() + o.negative(), totalInteractions);
        double freshness = WeightingFactors.freshness(p.freshnessBase(),
                WeightingFactors.ageSeconds(latestBlock, o.block(), p.blockIntervalSeconds()));
        double[] fees = new double[o.history().size()];
        double[] ages = new double[fees.length];
        for (int q = 0; q < fees.length; q++) {
            FeeRecord h = o.history().get(q);
            fees[q] = h.fee();
            ages[q] = WeightingFactors.ageSeconds(latestBlock, h.block(), p.blockIntervalSeconds());
        }
        return new FactorValues(familiarity, freshness, WeightingFactors.marketWorth(fees, ages, p.freshnessBase()));
    }
}
