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
        long income = input.monthlyIncomePerCapita() == null ? HouseholdColumns.NO_INCOME : input.monthlyIncomePerCapita();
        int scoreA = input.scoreA() == null ? HouseholdColumns.NO_SCORE : input.scoreA();
        IncomeLines lines = checkInput(standard, input.areaType(), income, scoreA);
        FactTable facts = FactTable.of(input, referenceDate);
        facts.derive(standard.definition().workingAge());
        return result(standard, facts, run(standard, facts, lines, income, scoreA, input.givenDeprivations()));
    }

    /** Classifies household {@code index} of a columnar batch; same rules, same result. */
    public static ClassificationResult classify(CompiledStandard standard, HouseholdColumns batch, int index,
            LocalDate referenceDate) {
        FactTable facts = FactTable.of(batch, index, referenceDate);
        return result(standard, facts, run(standard, facts, batch, index));
    }

    /**
     * Classifies every household of a batch, in bulk: one table for the whole batch and results
     * written into columns, so that nothing is allocated per household. A household that cannot be
     * classified gets its error code and no class; the others are not affected.
     */
    public static ClassificationColumns classifyAll(CompiledStandard standard, HouseholdColumns batch,
            LocalDate referenceDate) {
        ClassificationColumns results = new ClassificationColumns(batch.size(),
                standard.definition().scoreBPerIndicator());
        FactTable facts = FactTable.over(batch, referenceDate);
        for (int i = 0; i < batch.size(); i++) {
            batch.bind(facts, i);
            try {
                HouseholdClass cls = run(standard, facts, batch, i);
                results.set(i, cls, facts);
            } catch (ClassificationException e) {
                results.fail(i, e.code());
            }
        }
        return results;
    }

    private static HouseholdClass run(CompiledStandard standard, FactTable facts, HouseholdColumns batch, int i) {
        long income = batch.income(i);
        int scoreA = batch.scoreA(i);
        IncomeLines lines = checkInput(standard, batch.areaType(i), income, scoreA);
        facts.derive(standard.definition().workingAge());
        return run(standard, facts, lines, income, scoreA, batch.ticks(i));
    }

    /**
     * The classification itself; income is {@code NO_INCOME} or score A {@code NO_SCORE} when not
     * given. Leaves the indicator masks in the table and returns the class.
     */
    private static HouseholdClass run(CompiledStandard standard, FactTable facts, IncomeLines lines, long income,
            int scoreA, Map<String, Boolean> ticks) {
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
        facts.givenMask = given;
        facts.deprivedMask = deprived;
        facts.unknownMask = unknown;
        facts.measuredIncome = income != HouseholdColumns.NO_INCOME;
        StandardDefinition definition = standard.definition();
        boolean multidimensional = Long.bitCount(deprived) >= definition.minDeprivations();
        return facts.measuredIncome
                ? byIncome(definition.ruleFamily(), lines, income, multidimensional)
                : byScoreA(definition.ruleFamily(), lines, scoreA, multidimensional);
    }

    private static ClassificationResult result(CompiledStandard standard, FactTable facts, HouseholdClass cls) {
        int count = Long.bitCount(facts.deprivedMask);
        return new ClassificationResult(cls, facts.measuredIncome ? IncomeBasis.MEASURED_INCOME : IncomeBasis.SCORE_A,
                facts.deprivedMask, facts.givenMask, facts.unknownMask, count,
                count * standard.definition().scoreBPerIndicator(),
                facts.noLabourCapacity < 0 ? null : facts.noLabourCapacity == 1,
                facts.n == 0 ? null : facts.meritorious, facts.headMinority < 0 ? null : facts.headMinority == 1);
    }

    /** Why each deprived indicator is deprived: the member and the fact, or the officer's tick. */
    public static List<Explanation> explain(CompiledStandard standard, ClassificationInput input,
            LocalDate referenceDate, ClassificationResult result) {
        FactTable facts = FactTable.fresh(input, referenceDate);
        facts.derive(standard.definition().workingAge());
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

    private static IncomeLines checkInput(CompiledStandard standard, AreaType areaType, long income, int score) {
        boolean measured = income != HouseholdColumns.NO_INCOME;
        if (areaType == null) {
            throw new ClassificationException("classification.area_type_required",
                    "The area type (URBAN or RURAL) decides which income line applies; it is required");
        }
        if (!measured && score == HouseholdColumns.NO_SCORE) {
            throw new ClassificationException("classification.income_required",
                    "Give the measured monthly income per person or score A");
        }
        if (measured && income < 0) {
            throw new ClassificationException("classification.negative_income", "Income cannot be negative");
        }
        if (!measured && score < 0) {
            throw new ClassificationException("classification.negative_score", "Score A cannot be negative");
        }
        IncomeLines lines = standard.lines(areaType);
        if (!measured && lines.scoreACutoff() == null) {
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
}
