package vn.giamngheo.classification.model;

import java.util.List;
import java.util.Map;
import vn.giamngheo.area.AreaType;

/**
 * A poverty standard as data: its period, income lines per area type, the rule that combines
 * income and deprivations, and the indicators with their threshold parameters. Administrators
 * edit it; the classifier reads it. Plain data, no behaviour.
 *
 * @param code stable identifier, e.g. {@code ND07_2021}
 * @param name Vietnamese name shown to officers
 * @param nameEn English name
 * @param legalReference the legal text, e.g. "Nghị định 07/2021/NĐ-CP ngày 27/01/2021"
 * @param yearFrom first review year it governs
 * @param yearTo last review year it governs (inclusive)
 * @param ruleFamily how income and deprivations combine
 * @param minDeprivations deprivations from which a household counts as multidimensionally poor (≥)
 * @param scoreBPerIndicator points of score B per deprived indicator
 * @param workingAge the working-age range used by employment and the no-labour-capacity subgroup
 * @param lines income lines and score-A cut-offs per area type
 * @param dimensions dimensions with their indicators, in form order
 */
public record StandardDefinition(
        String code,
        String name,
        String nameEn,
        String legalReference,
        int yearFrom,
        int yearTo,
        RuleFamily ruleFamily,
        int minDeprivations,
        int scoreBPerIndicator,
        WorkingAge workingAge,
        Map<AreaType, IncomeLines> lines,
        List<Dimension> dimensions) {

    /**
     * Income lines of one area type, in VND per person per month, and the score-A equivalents.
     *
     * @param povertyLine income at or below which a household is poor or near-poor (dual cut-off),
     *        or poor outright (band rule)
     * @param nearPovertyLine band rule only: upper edge (inclusive) of the band where deprivations decide
     * @param averageLivingUpper upper edge (inclusive) of the average-living band; null when unknown
     * @param averageLivingProvisional the average-living band is a provisional value, still to be confirmed
     * @param scoreACutoff score A at or below which the household is treated as at or below the poverty line
     * @param scoreANearPovertyCutoff band rule only: score-A equivalent of the near-poverty line
     * @param scoreAAverageUpper score-A equivalent of the average-living band's upper edge; null when none
     */
    public record IncomeLines(
            long povertyLine,
            Long nearPovertyLine,
            Long averageLivingUpper,
            boolean averageLivingProvisional,
            Integer scoreACutoff,
            Integer scoreANearPovertyCutoff,
            Integer scoreAAverageUpper) {
    }

    /**
     * Working age: from {@code from} years (inclusive) to below {@code belowMale} / {@code belowFemale}.
     */
    public record WorkingAge(int from, int belowMale, int belowFemale) {
    }

    /** A dimension (dịch vụ xã hội cơ bản) and its indicators. */
    public record Dimension(String code, String name, String nameEn, List<Indicator> indicators) {
    }

    /**
     * An indicator of deprivation with its threshold parameters (see the indicator catalogue for
     * the parameters each code takes).
     *
     * @param provisional the parameters are provisional (not yet fixed by law) and stay editable
     */
    public record Indicator(String code, String name, String nameEn, Map<String, Object> parameters,
            boolean provisional) {
    }
}
