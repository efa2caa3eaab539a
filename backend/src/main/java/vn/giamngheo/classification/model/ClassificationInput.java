package vn.giamngheo.classification.model;

import java.util.List;
import java.util.Map;
import vn.giamngheo.area.AreaType;

/**
 * Everything the classifier needs about a household.
 *
 * @param areaType which income line applies
 * @param monthlyIncomePerCapita measured average income per person per month (VND); wins over score A
 * @param scoreA score A of the survey form, used when no measured income is given
 * @param givenDeprivations indicators ticked by the officer (code → deprived), overriding derivation
 */
public record ClassificationInput(
        AreaType areaType,
        Long monthlyIncomePerCapita,
        Integer scoreA,
        Map<String, Boolean> givenDeprivations,
        HouseholdFacts household,
        List<MemberFacts> members) {
}
