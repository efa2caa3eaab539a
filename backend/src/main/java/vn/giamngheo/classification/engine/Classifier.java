package vn.giamngheo.classification.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.giamngheo.classification.model.ClassificationInput;
import vn.giamngheo.classification.model.ClassificationResult;
import vn.giamngheo.classification.model.Explanation;
import vn.giamngheo.classification.model.Facts;
import vn.giamngheo.classification.model.Facts.RelationToHead;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.classification.model.HouseholdFacts;
import vn.giamngheo.classification.model.IncomeBasis;
import vn.giamngheo.classification.model.IndicatorSource;
import vn.giamngheo.classification.model.MemberFacts;
import vn.giamngheo.classification.model.RuleFamily;
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
        IncomeLines lines = checkInput(standard, input);
        MemberFacts[] members = members(input);
        int[] ages = ages(members, referenceDate);
        HouseholdFacts household = input.household() == null ? HouseholdFacts.NONE : input.household();

        long given = 0;
        long deprived = 0;
        Map<String, Boolean> ticks = input.givenDeprivations();
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
            int outcome = standard.rule(i).evaluate(household, members, ages, null);
            if (outcome == IndicatorRule.DEPRIVED) {
                deprived |= bit;
            } else if (outcome == IndicatorRule.UNKNOWN) {
                unknown |= bit;
            }
        }
        int count = Long.bitCount(deprived);
        boolean multidimensional = count >= standard.definition().minDeprivations();
        IncomeBasis basis = input.monthlyIncomePerCapita() != null ? IncomeBasis.MEASURED_INCOME : IncomeBasis.SCORE_A;
        HouseholdClass cls = basis == IncomeBasis.MEASURED_INCOME
                ? byIncome(standard.definition().ruleFamily(), lines, input.monthlyIncomePerCapita(), multidimensional)
                : byScoreA(standard.definition().ruleFamily(), lines, input.scoreA(), multidimensional);
        return new ClassificationResult(cls, basis, deprived, given, unknown, count,
                count * standard.definition().scoreBPerIndicator(),
                noLabourCapacity(standard, members, ages), meritorious(members), ethnicMinority(members));
    }

    /** Why each deprived indicator is deprived: the member and the fact, or the officer's tick. */
    public static List<Explanation> explain(CompiledStandard standard, ClassificationInput input,
            LocalDate referenceDate, ClassificationResult result) {
        MemberFacts[] members = members(input);
        int[] ages = ages(members, referenceDate);
        HouseholdFacts household = input.household() == null ? HouseholdFacts.NONE : input.household();
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
            standard.rule(i).evaluate(household, members, ages, evidence);
            Integer member = evidence.member >= 0 ? evidence.member : null;
            explanations.add(new Explanation(code, IndicatorSource.DERIVED, member,
                    member == null ? null : members[member].name(), evidence.text, evidence.textEn));
        }
        return explanations;
    }

    private static IncomeLines checkInput(CompiledStandard standard, ClassificationInput input) {
        if (input.areaType() == null) {
            throw new ClassificationException("classification.area_type_required",
                    "The area type (URBAN or RURAL) decides which income line applies; it is required");
        }
        Long income = input.monthlyIncomePerCapita();
        Integer score = input.scoreA();
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
        IncomeLines lines = standard.lines(input.areaType());
        if (income == null && lines.scoreACutoff() == null) {
            throw new ClassificationException("classification.score_a_not_defined", "Standard " + standard.code()
                    + " defines no score-A cut-off for " + input.areaType() + "; give the measured income");
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

    private static MemberFacts[] members(ClassificationInput input) {
        return input.members() == null ? new MemberFacts[0] : input.members().toArray(MemberFacts[]::new);
    }

    /** Completed years at the reference date; -1 without a birth date or when born after it. */
    private static int[] ages(MemberFacts[] members, LocalDate referenceDate) {
        int[] ages = new int[members.length];
        int refYear = referenceDate.getYear();
        int refMonthDay = referenceDate.getMonthValue() * 100 + referenceDate.getDayOfMonth();
        for (int i = 0; i < members.length; i++) {
            LocalDate birth = members[i].birthDate();
            if (birth == null) {
                ages[i] = -1;
                continue;
            }
            int age = refYear - birth.getYear();
            if (refMonthDay < birth.getMonthValue() * 100 + birth.getDayOfMonth()) {
                age--;
            }
            ages[i] = age < 0 ? -1 : age;
        }
        return ages;
    }

    private static Boolean noLabourCapacity(CompiledStandard standard, MemberFacts[] members, int[] ages) {
        if (members.length == 0) {
            return null;
        }
        boolean unknown = false;
        for (int i = 0; i < members.length; i++) {
            int able = IndicatorRules.ableToWork(standard.definition().workingAge(), members[i], ages[i]);
            if (able == 1) {
                return false;
            }
            unknown |= able < 0;
        }
        return unknown ? null : true;
    }

    /** A status flag left empty means no, as a tick box on the paper form. */
    private static Boolean meritorious(MemberFacts[] members) {
        if (members.length == 0) {
            return null;
        }
        for (MemberFacts member : members) {
            if (Boolean.TRUE.equals(member.meritorious())) {
                return true;
            }
        }
        return false;
    }

    private static Boolean ethnicMinority(MemberFacts[] members) {
        for (MemberFacts member : members) {
            if (member.relationToHead() == RelationToHead.HEAD) {
                return member.ethnicity() == null ? null : !Facts.KINH.equals(member.ethnicity());
            }
        }
        return null;
    }
}
