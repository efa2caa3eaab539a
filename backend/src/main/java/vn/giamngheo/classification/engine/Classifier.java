package vn.giamngheo.classification.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.classification.model.ClassificationInput;
import vn.giamngheo.classification.model.ClassificationResult;
import vn.giamngheo.classification.model.Explanation;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.classification.model.IncomeBasis;
import vn.giamngheo.classification.model.IndicatorSource;
import vn.giamngheo.classification.model.RuleFamily;
import vn.giamngheo.classification.model.StandardDefinition;
import vn.giamngheo.classification.model.StandardDefinition.WorkingAge;
import vn.giamngheo.classification.model.StandardDefinition.IncomeLines;

/**
 * Classifies a household under a poverty standard: (standard, facts, reference date) → result.
 * Plain Java without I/O or framework, safe to call from any thread.
 *
 * <p>Boundaries follow the law: "income from X down" is income ≤ X, "from 3 deprivations up" is
 * ≥ 3, the upper edges of bands are inclusive. Measured income wins over score A when both are
 * given. Indicators the officer ticked override the derived ones, indicator by indicator.
 */
public final class Classifier {

    private Classifier() {
    }

    /** Classifies; refuses unclassifiable input with a {@link ClassificationException}. */
    public static ClassificationResult classify(CompiledStandard standard, ClassificationInput input,
            LocalDate referenceDate) {
        IncomeLines lines = checkInput(standard, input.areaType(), input.monthlyIncomePerCapita(), input.scoreA());
        return classify(standard, FactTable.of(input, referenceDate), lines, input.monthlyIncomePerCapita(),
                input.scoreA(), input.givenDeprivations());
    }

    /** Classifies household {@code index} of a columnar batch; same rules, same result. */
    public static ClassificationResult classify(CompiledStandard standard, HouseholdColumns batch, int index,
            LocalDate referenceDate) {
        Long income = batch.income(index);
        Integer scoreA = batch.scoreA(index);
        IncomeLines lines = checkInput(standard, batch.areaType(index), income, scoreA);
        return classify(standard, FactTable.of(batch, index, referenceDate), lines, income, scoreA,
                batch.ticks(index));
    }

    private static ClassificationResult classify(CompiledStandard standard, FactTable facts, IncomeLines lines,
            Long income, Integer scoreA, Map<String, Boolean> ticks) {
        long given = 0;
        long deprived = 0;
        if (ticks != null && !ticks.isEmpty()) {
            for (Map.Entry<String, Boolean> tick : ticks.entrySet()) {
                if (tick.getValue() == null) {
                    continue;
                }
                int index = standard.indexOf(tick.getKey());
                if (index < 0) {
                    throw new ClassificationException("classification.unknown_indicator", "Standard "
                            + standard.code() + " has no indicator " + tick.getKey());
                }
                given |= 1L << index;
                if (tick.getValue()) {
                    deprived |= 1L << index;
                }
            }
        }
        long unknown = 0;
        for (int i = 0, n = standard.indicatorCount(); i < n; i++) {
            long bit = 1L << i;
            if ((given & bit) != 0) {
                continue;
            }
            int outcome = standard.evaluate(i, facts, null);
            if (outcome == IndicatorRule.DEPRIVED) {
                deprived |= bit;
            } else if (outcome == IndicatorRule.UNKNOWN) {
                unknown |= bit;
            }
        }
        StandardDefinition definition = standard.definition();
        int count = Long.bitCount(deprived);
        boolean multidimensional = count >= definition.minDeprivations();
        IncomeBasis basis = income != null ? IncomeBasis.MEASURED_INCOME : IncomeBasis.SCORE_A;
        HouseholdClass cls = income != null
                ? byIncome(definition.ruleFamily(), lines, income, multidimensional)
                : byScoreA(definition.ruleFamily(), lines, scoreA, multidimensional);
        return new ClassificationResult(cls, basis, deprived, given, unknown, count,
                count * definition.scoreBPerIndicator(), noLabourCapacity(definition.workingAge(), facts),
                facts.n == 0 ? null : facts.meritorious, facts.headMinority < 0 ? null : facts.headMinority == 1);
    }

    /** Why each deprived indicator is deprived: the member and the fact, or the officer's tick. */
    public static List<Explanation> explain(CompiledStandard standard, ClassificationInput input,
            LocalDate referenceDate, ClassificationResult result) {
        FactTable facts = FactTable.fresh(input, referenceDate);
        List<Explanation> explanations = new ArrayList<>();
        for (int i = 0; i < standard.indicatorCount(); i++) {
            long bit = 1L << i;
            if ((result.deprivedMask() & bit) == 0) {
                continue;
            }
            String code = standard.indicatorCode(i);
            if ((result.givenMask() & bit) != 0) {
                explanations.add(new Explanation(code, IndicatorSource.GIVEN, null, null,
                        "Cán bộ đánh dấu thiếu hụt trên phiếu", "Ticked as deprived by the officer"));
                continue;
            }
            Evidence evidence = new Evidence();
            standard.evaluate(i, facts, evidence);
            Integer member = evidence.member >= 0 ? evidence.member : null;
            explanations.add(new Explanation(code, IndicatorSource.DERIVED, member,
                    member == null ? null : facts.name(member), evidence.text, evidence.textEn));
        }
        return explanations;
    }

    private static IncomeLines checkInput(CompiledStandard standard, AreaType areaType, Long income, Integer score) {
        if (areaType == null) {
            throw new ClassificationException("classification.area_type_required",
                    "The area type (URBAN or RURAL) decides which income line applies; it is required");
        }
        if (income == null && score == null) {
            throw new ClassificationException("classification.income_required",
                    "Give the measured monthly income per person or score A");
        }
        if (income != null && income < 0) {
            throw new ClassificationException("classification.negative_income", "Income cannot be negative");
        }
        if (income == null && score < 0) {
            throw new ClassificationException("classification.negative_score", "Score A cannot be negative");
        }
        IncomeLines lines = standard.lines(areaType);
        if (income == null && lines.scoreACutoff() == null) {
            throw new ClassificationException("classification.score_a_not_defined", "Standard " + standard.code()
                    + " defines no score-A cut-off for " + areaType + "; give the measured income");
        }
        return lines;
    }

    private static HouseholdClass byIncome(RuleFamily family, IncomeLines l, long income, boolean multidimensional) {
        if (family == RuleFamily.BAND) {
            if (income <= l.povertyLine()) {
                return HouseholdClass.POOR;
            }
            if (income <= l.nearPovertyLine()) {
                return multidimensional ? HouseholdClass.POOR : HouseholdClass.NEAR_POOR;
            }
        } else if (income <= l.povertyLine()) {
            return multidimensional ? HouseholdClass.POOR : HouseholdClass.NEAR_POOR;
        }
        return l.averageLivingUpper() != null && income <= l.averageLivingUpper()
                ? HouseholdClass.AVERAGE_LIVING : HouseholdClass.NOT_POOR;
    }

    private static HouseholdClass byScoreA(RuleFamily family, IncomeLines l, int score, boolean multidimensional) {
        if (family == RuleFamily.BAND && l.scoreANearPovertyCutoff() != null) {
            if (score <= l.scoreACutoff()) {
                return HouseholdClass.POOR;
            }
            if (score <= l.scoreANearPovertyCutoff()) {
                return multidimensional ? HouseholdClass.POOR : HouseholdClass.NEAR_POOR;
            }
        } else if (score <= l.scoreACutoff()) {
            return multidimensional ? HouseholdClass.POOR : HouseholdClass.NEAR_POOR;
        }
        return l.scoreAAverageUpper() != null && score <= l.scoreAAverageUpper()
                ? HouseholdClass.AVERAGE_LIVING : HouseholdClass.NOT_POOR;
    }

    private static Boolean noLabourCapacity(WorkingAge workingAge, FactTable facts) {
        if (facts.n == 0) {
            return null;
        }
        int seen = 0;
        for (int i = 0; i < facts.n; i++) {
            seen |= 1 << (IndicatorRules.ableToWork(workingAge, facts, i) + 1);
        }
        // 1 << 2: someone can work; 1 << 0: someone's capacity is unknown
        return (seen & 4) != 0 ? Boolean.FALSE : (seen & 1) != 0 ? null : Boolean.TRUE;
    }
}
