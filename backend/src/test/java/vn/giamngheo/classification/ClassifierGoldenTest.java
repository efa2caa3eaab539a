package vn.giamngheo.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static vn.giamngheo.area.AreaType.RURAL;
import static vn.giamngheo.area.AreaType.URBAN;
import static vn.giamngheo.classification.Households.adult;
import static vn.giamngheo.classification.Households.household;
import static vn.giamngheo.classification.model.HouseholdClass.AVERAGE_LIVING;
import static vn.giamngheo.classification.model.HouseholdClass.NEAR_POOR;
import static vn.giamngheo.classification.model.HouseholdClass.NOT_POOR;
import static vn.giamngheo.classification.model.HouseholdClass.POOR;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.classification.Households.Household;
import vn.giamngheo.classification.engine.ClassificationException;
import vn.giamngheo.classification.engine.Classifier;
import vn.giamngheo.classification.engine.CompiledStandard;
import vn.giamngheo.classification.model.ClassificationResult;
import vn.giamngheo.classification.model.Explanation;
import vn.giamngheo.classification.model.Facts.EducationLevel;
import vn.giamngheo.classification.model.Facts.EmploymentStatus;
import vn.giamngheo.classification.model.Facts.InformationDevice;
import vn.giamngheo.classification.model.Facts.LabourCapacity;
import vn.giamngheo.classification.model.Facts.LatrineType;
import vn.giamngheo.classification.model.Facts.NutritionStatus;
import vn.giamngheo.classification.model.Facts.RelationToHead;
import vn.giamngheo.classification.model.Facts.Sex;
import vn.giamngheo.classification.model.Facts.WasteDisposal;
import vn.giamngheo.classification.model.Facts.WaterSource;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.classification.model.IncomeBasis;
import vn.giamngheo.classification.model.IndicatorSource;

/**
 * The golden table: every line of every seeded standard at its boundary in both area types, the
 * switches between standards, score-A mode, officer overrides, and the derivation boundaries of
 * each indicator. Expected values are read off the legal texts (domain.md §2), not the code.
 */
class ClassifierGoldenTest {

    static final LocalDate REF = LocalDate.of(2025, 10, 1);

    enum Outcome { DEPRIVED, NOT_DEPRIVED, UNDETERMINED }

    // ------------------------------------------------------------------ lines and rules

    static Stream<Arguments> lineBoundaries() {
        return Stream.of(
                // Nghị định 07/2021, dual cut-off: ≤ line → poor with ≥ 3 deprivations, near-poor below 3
                arguments("ND07_2021", RURAL, 0L, 3, POOR),
                arguments("ND07_2021", RURAL, 1_500_000L, 3, POOR),
                arguments("ND07_2021", RURAL, 1_500_000L, 2, NEAR_POOR),
                arguments("ND07_2021", RURAL, 1_500_000L, 0, NEAR_POOR),
                arguments("ND07_2021", RURAL, 1_500_001L, 3, AVERAGE_LIVING),
                arguments("ND07_2021", RURAL, 1_500_001L, 12, AVERAGE_LIVING),
                arguments("ND07_2021", RURAL, 2_250_000L, 0, AVERAGE_LIVING),
                arguments("ND07_2021", RURAL, 2_250_001L, 5, NOT_POOR),
                arguments("ND07_2021", URBAN, 1_999_999L, 4, POOR),
                arguments("ND07_2021", URBAN, 2_000_000L, 3, POOR),
                arguments("ND07_2021", URBAN, 2_000_000L, 2, NEAR_POOR),
                arguments("ND07_2021", URBAN, 2_000_001L, 3, AVERAGE_LIVING),
                arguments("ND07_2021", URBAN, 3_000_000L, 3, AVERAGE_LIVING),
                arguments("ND07_2021", URBAN, 3_000_001L, 0, NOT_POOR),
                // Nghị định 351/2025: new lines, average-living band not yet known → not poor above the line
                arguments("ND351_2025", RURAL, 2_200_000L, 3, POOR),
                arguments("ND351_2025", RURAL, 2_200_000L, 2, NEAR_POOR),
                arguments("ND351_2025", RURAL, 2_200_001L, 3, NOT_POOR),
                arguments("ND351_2025", URBAN, 2_800_000L, 3, POOR),
                arguments("ND351_2025", URBAN, 2_800_000L, 2, NEAR_POOR),
                arguments("ND351_2025", URBAN, 2_800_001L, 6, NOT_POOR),
                // Quyết định 59/2015, band rule: ≤ poverty line → poor whatever the deprivations;
                // in the band, ≥ 3 → poor, fewer → near-poor
                arguments("QD59_2015", RURAL, 700_000L, 0, POOR),
                arguments("QD59_2015", RURAL, 700_001L, 3, POOR),
                arguments("QD59_2015", RURAL, 700_001L, 2, NEAR_POOR),
                arguments("QD59_2015", RURAL, 1_000_000L, 3, POOR),
                arguments("QD59_2015", RURAL, 1_000_000L, 2, NEAR_POOR),
                arguments("QD59_2015", RURAL, 1_000_001L, 5, AVERAGE_LIVING),
                arguments("QD59_2015", RURAL, 1_500_000L, 0, AVERAGE_LIVING),
                arguments("QD59_2015", RURAL, 1_500_001L, 0, NOT_POOR),
                arguments("QD59_2015", URBAN, 900_000L, 0, POOR),
                arguments("QD59_2015", URBAN, 900_001L, 3, POOR),
                arguments("QD59_2015", URBAN, 900_001L, 2, NEAR_POOR),
                arguments("QD59_2015", URBAN, 1_300_000L, 3, POOR),
                arguments("QD59_2015", URBAN, 1_300_000L, 0, NEAR_POOR),
                arguments("QD59_2015", URBAN, 1_300_001L, 10, AVERAGE_LIVING),
                arguments("QD59_2015", URBAN, 1_950_000L, 1, AVERAGE_LIVING),
                arguments("QD59_2015", URBAN, 1_950_001L, 1, NOT_POOR));
    }

    @ParameterizedTest(name = "{0} {1}: income {2} with {3} deprivations → {4}")
    @MethodSource("lineBoundaries")
    void incomeAndDeprivationsGiveTheClassOfTheLaw(String standard, AreaType area, long income, int deprivations,
            HouseholdClass expected) {
        CompiledStandard s = SeededStandards.get(standard);
        ClassificationResult result = Classifier.classify(s, ticked(s, household().area(area).income(income),
                deprivations).input(), REF);
        assertEquals(expected, result.classification());
        assertEquals(IncomeBasis.MEASURED_INCOME, result.incomeBasis());
        assertEquals(deprivations, result.deprivationCount());
        assertEquals(10 * deprivations, result.scoreB());
    }

    static Stream<Arguments> scoreABoundaries() {
        return Stream.of(
                arguments(RURAL, 140, 3, POOR),
                arguments(RURAL, 140, 2, NEAR_POOR),
                arguments(RURAL, 0, 0, NEAR_POOR),
                arguments(RURAL, 141, 3, NOT_POOR),
                arguments(URBAN, 175, 3, POOR),
                arguments(URBAN, 175, 2, NEAR_POOR),
                arguments(URBAN, 176, 3, NOT_POOR),
                arguments(URBAN, 141, 4, POOR));
    }

    @ParameterizedTest(name = "ND07 score A {1} ({0}) with {2} deprivations → {3}")
    @MethodSource("scoreABoundaries")
    void scoreAStandsForIncomeWhenNoIncomeIsMeasured(AreaType area, int scoreA, int deprivations,
            HouseholdClass expected) {
        CompiledStandard s = SeededStandards.get("ND07_2021");
        ClassificationResult result = Classifier.classify(s,
                ticked(s, household().area(area).income(null).scoreA(scoreA), deprivations).input(), REF);
        assertEquals(expected, result.classification());
        assertEquals(IncomeBasis.SCORE_A, result.incomeBasis());
    }

    @Test
    void measuredIncomeWinsOverScoreA() {
        CompiledStandard s = SeededStandards.get("ND07_2021");
        ClassificationResult result = Classifier.classify(s,
                ticked(s, household().income(1_600_000L).scoreA(100), 3).input(), REF);
        assertEquals(IncomeBasis.MEASURED_INCOME, result.incomeBasis());
        assertEquals(AVERAGE_LIVING, result.classification());
    }

    @Test
    void aStandardWithoutScoreACutOffsRefusesScoreAOnly() {
        CompiledStandard s = SeededStandards.get("QD59_2015");
        ClassificationException e = assertThrows(ClassificationException.class, () ->
                Classifier.classify(s, household().income(null).scoreA(100).input(), REF));
        assertEquals("classification.score_a_not_defined", e.code());
    }

    static Stream<Arguments> standardSwitches() {
        return Stream.of(
                // 1,200,000 rural with 3 deprivations: average living under QĐ 59 (2021), poor under NĐ 07 (2022)
                arguments(2021, "QD59_2015", 1_200_000L, 3, AVERAGE_LIVING),
                arguments(2022, "ND07_2021", 1_200_000L, 3, POOR),
                // 800,000 rural with 2: near-poor in the 2021 band, near-poor under NĐ 07 too
                arguments(2021, "QD59_2015", 800_000L, 2, NEAR_POOR),
                arguments(2022, "ND07_2021", 800_000L, 2, NEAR_POOR),
                // 650,000 with none: poor under the 2021 poverty line, near-poor from 2022
                arguments(2021, "QD59_2015", 650_000L, 0, POOR),
                arguments(2022, "ND07_2021", 650_000L, 0, NEAR_POOR),
                // 1,600,000 rural with 3: average living in 2026 (extended NĐ 07), poor from 2027 (NĐ 351)
                arguments(2026, "ND07_2021", 1_600_000L, 3, AVERAGE_LIVING),
                arguments(2027, "ND351_2025", 1_600_000L, 3, POOR),
                // 2,300,000 rural: not poor in 2026, not poor in 2027 (above 2,200,000, no band yet)
                arguments(2026, "ND07_2021", 2_300_000L, 0, NOT_POOR),
                arguments(2027, "ND351_2025", 2_300_000L, 0, NOT_POOR));
    }

    @ParameterizedTest(name = "{0} is governed by {1}: rural income {2} with {3} deprivations → {4}")
    @MethodSource("standardSwitches")
    void theYearDecidesTheStandard(int year, String expectedStandard, long income, int deprivations,
            HouseholdClass expected) {
        CompiledStandard s = SeededStandards.governing(year);
        assertEquals(expectedStandard, s.code());
        assertEquals(expected, Classifier.classify(s, ticked(s, household().income(income), deprivations).input(),
                LocalDate.of(year, 10, 1)).classification());
    }

    // ------------------------------------------------------------------ officer's ticks

    @Test
    void aTickOverridesADerivedDeprivationIndicatorByIndicator() {
        CompiledStandard s = SeededStandards.get("ND07_2021");
        Household h = household().income(1_000_000L).walls(false).roof(false).water(WaterSource.SURFACE_WATER)
                .latrine(LatrineType.HANGING).member(adult("Trần Văn An", LocalDate.of(1980, 1, 1)));
        assertEquals(POOR, Classifier.classify(s, h.input(), REF).classification());

        h.tick("SANITATION", false).tick("DRINKING_WATER", false);
        ClassificationResult result = Classifier.classify(s, h.input(), REF);
        assertEquals(NEAR_POOR, result.classification());
        assertEquals(List.of("HOUSING_QUALITY"), s.codesOf(result.deprivedMask()));
        assertEquals(List.of("DRINKING_WATER", "SANITATION"), s.codesOf(result.givenMask()));
    }

    @Test
    void aTickCountsWhereTheFactsAreMissing() {
        CompiledStandard s = SeededStandards.get("ND07_2021");
        Household h = household().income(1_000_000L).water(null).latrine(null).floorArea(null)
                .tick("DRINKING_WATER", true).tick("SANITATION", true).tick("HOUSING_AREA", true);
        ClassificationResult result = Classifier.classify(s, h.input(), REF);
        assertEquals(POOR, result.classification());
        List<Explanation> why = Classifier.explain(s, h.input(), REF, result);
        assertEquals(3, why.size());
        assertTrue(why.stream().allMatch(e -> e.source() == IndicatorSource.GIVEN));
    }

    @Test
    void aTickForAnIndicatorTheStandardLacksIsRefused() {
        CompiledStandard s = SeededStandards.get("ND351_2025");
        ClassificationException e = assertThrows(ClassificationException.class, () ->
                Classifier.classify(s, household().tick("INFORMATION_ACCESS", true).input(), REF));
        assertEquals("classification.unknown_indicator", e.code());
    }

    // ------------------------------------------------------------------ derivation boundaries

    /** A date of birth that makes a member exactly {@code years} old on the reference date (birthday today). */
    static LocalDate aged(int years) {
        return REF.minusYears(years);
    }

    /** A date of birth one day short of {@code years}: the member is still {@code years - 1}. */
    static LocalDate almost(int years) {
        return REF.minusYears(years).plusDays(1);
    }

    static Stream<Arguments> derivations() {
        return Stream.of(
                // Bảo hiểm y tế: from 6 years
                arguments("ND07_2021", "HEALTH_INSURANCE", "uninsured child turning 6 today",
                        household().member(adult("Bé Hai", aged(6)).child().insured(false)), Outcome.DEPRIVED),
                arguments("ND07_2021", "HEALTH_INSURANCE", "uninsured child of 5 (6 tomorrow)",
                        household().member(adult("Bé Ba", almost(6)).child().insured(false)), Outcome.NOT_DEPRIVED),
                arguments("QD59_2015", "HEALTH_INSURANCE", "QĐ 59: uninsured adult",
                        household().member(adult("Lê Văn Tư", aged(40)).insured(false)), Outcome.DEPRIVED),
                arguments("ND07_2021", "HEALTH_INSURANCE", "insurance unknown",
                        household().member(adult("Lê Văn Năm", aged(40)).insured(null)), Outcome.UNDETERMINED),
                // Tình trạng đi học của trẻ em: 3 to under 16 (NĐ 07), 5 to under 15 (QĐ 59)
                arguments("ND07_2021", "CHILD_SCHOOLING", "child of exactly 3 not in school",
                        household().member(adult("Bé Na", aged(3)).child().attending(false)), Outcome.DEPRIVED),
                arguments("ND07_2021", "CHILD_SCHOOLING", "child of 2 not in school",
                        household().member(adult("Bé Nô", almost(3)).child().attending(false)), Outcome.NOT_DEPRIVED),
                arguments("ND07_2021", "CHILD_SCHOOLING", "child of 15 (16 tomorrow) not in school",
                        household().member(adult("Cháu Sáu", almost(16)).child().attending(false)), Outcome.DEPRIVED),
                arguments("ND07_2021", "CHILD_SCHOOLING", "young person of exactly 16 not in school",
                        household().member(adult("Cháu Bảy", aged(16)).child().attending(false)
                                .education(EducationLevel.LOWER_SECONDARY)), Outcome.NOT_DEPRIVED),
                arguments("QD59_2015", "CHILD_SCHOOLING", "QĐ 59: child of exactly 5 not in school",
                        household().member(adult("Bé Tám", aged(5)).child().attending(false)), Outcome.DEPRIVED),
                arguments("QD59_2015", "CHILD_SCHOOLING", "QĐ 59: child of 4 not in school",
                        household().member(adult("Bé Chín", aged(4)).child().attending(false)), Outcome.NOT_DEPRIVED),
                arguments("QD59_2015", "CHILD_SCHOOLING", "QĐ 59: child of exactly 15 not in school",
                        household().member(adult("Cháu Mười", aged(15)).child().attending(false)
                                .education(EducationLevel.LOWER_SECONDARY)), Outcome.NOT_DEPRIVED),
                // Trình độ giáo dục của người lớn: 16–30; lower secondary under 18, upper secondary or vocational from 18
                arguments("ND07_2021", "ADULT_EDUCATION", "16 with primary only, not in school",
                        household().member(adult("Hồ Văn A", aged(16)).education(EducationLevel.PRIMARY)),
                        Outcome.DEPRIVED),
                arguments("ND07_2021", "ADULT_EDUCATION", "16 with lower secondary",
                        household().member(adult("Hồ Văn B", aged(16)).education(EducationLevel.LOWER_SECONDARY)),
                        Outcome.NOT_DEPRIVED),
                arguments("ND07_2021", "ADULT_EDUCATION", "15 with primary only is below the range",
                        household().member(adult("Hồ Văn C", almost(16)).education(EducationLevel.PRIMARY)),
                        Outcome.NOT_DEPRIVED),
                arguments("ND07_2021", "ADULT_EDUCATION", "18 with lower secondary only",
                        household().member(adult("Hồ Văn D", aged(18)).education(EducationLevel.LOWER_SECONDARY)),
                        Outcome.DEPRIVED),
                arguments("ND07_2021", "ADULT_EDUCATION", "17 with lower secondary (18 tomorrow)",
                        household().member(adult("Hồ Văn E", almost(18)).education(EducationLevel.LOWER_SECONDARY)),
                        Outcome.NOT_DEPRIVED),
                arguments("ND07_2021", "ADULT_EDUCATION", "18 with vocational training",
                        household().member(adult("Hồ Văn G", aged(18)).education(EducationLevel.VOCATIONAL)),
                        Outcome.NOT_DEPRIVED),
                arguments("ND07_2021", "ADULT_EDUCATION", "30 with lower secondary only",
                        household().member(adult("Hồ Văn H", almost(31)).education(EducationLevel.LOWER_SECONDARY)),
                        Outcome.DEPRIVED),
                arguments("ND07_2021", "ADULT_EDUCATION", "31 with lower secondary only is above the range",
                        household().member(adult("Hồ Văn I", aged(31)).education(EducationLevel.LOWER_SECONDARY)),
                        Outcome.NOT_DEPRIVED),
                arguments("ND07_2021", "ADULT_EDUCATION", "20 with primary only but in training",
                        household().member(adult("Hồ Văn K", aged(20)).education(EducationLevel.PRIMARY)
                                .attending(true)), Outcome.NOT_DEPRIVED),
                arguments("QD59_2015", "ADULT_EDUCATION", "QĐ 59: 15 with primary only",
                        household().member(adult("Hồ Văn L", aged(15)).education(EducationLevel.PRIMARY)),
                        Outcome.DEPRIVED),
                arguments("QD59_2015", "ADULT_EDUCATION", "QĐ 59: 29 with primary only",
                        household().member(adult("Hồ Văn M", almost(30)).education(EducationLevel.PRIMARY)),
                        Outcome.DEPRIVED),
                arguments("QD59_2015", "ADULT_EDUCATION", "QĐ 59: 30 with primary only is above the range",
                        household().member(adult("Hồ Văn N", aged(30)).education(EducationLevel.PRIMARY)),
                        Outcome.NOT_DEPRIVED),
                // Diện tích nhà ở: under 8 m² per person
                arguments("ND07_2021", "HOUSING_AREA", "32 m² for 4 people is exactly 8 m² each",
                        family(4).floorArea("32"), Outcome.NOT_DEPRIVED),
                arguments("ND07_2021", "HOUSING_AREA", "31.9 m² for 4 people",
                        family(4).floorArea("31.9"), Outcome.DEPRIVED),
                arguments("ND07_2021", "HOUSING_AREA", "floor area unknown",
                        family(4).floorArea(null), Outcome.UNDETERMINED),
                // Người phụ thuộc: more than 50 % of members
                arguments("ND07_2021", "DEPENDENTS", "2 children of 4 members is exactly 50 %",
                        household().member(adult("Cha", aged(40))).member(adult("Mẹ", aged(38)).sex(Sex.FEMALE))
                                .member(adult("Con A", aged(10)).child()).member(adult("Con B", aged(8)).child()),
                        Outcome.NOT_DEPRIVED),
                arguments("ND07_2021", "DEPENDENTS", "3 dependants of 4 members",
                        household().member(adult("Cha", aged(40)))
                                .member(adult("Bà", aged(80)).sex(Sex.FEMALE).allowance(true)
                                        .capacity(LabourCapacity.NONE).employment(EmploymentStatus.NOT_IN_LABOUR_FORCE))
                                .member(adult("Con A", aged(10)).child()).member(adult("Con B", aged(8)).child()),
                        Outcome.DEPRIVED),
                arguments("ND07_2021", "DEPENDENTS", "a 16-year-old is no longer a dependant child",
                        household().member(adult("Cha", aged(40)))
                                .member(adult("Con A", aged(16)).child().education(EducationLevel.LOWER_SECONDARY))
                                .member(adult("Con B", almost(16)).child()),
                        Outcome.NOT_DEPRIVED),
                // Dinh dưỡng: a child under 16
                arguments("ND07_2021", "NUTRITION", "stunted child of 15",
                        household().member(adult("Cháu Gầy", almost(16)).child().nutrition(NutritionStatus.STUNTED)),
                        Outcome.DEPRIVED),
                arguments("ND07_2021", "NUTRITION", "underweight young person of 16",
                        household().member(adult("Cháu Nhẹ", aged(16)).child().nutrition(NutritionStatus.UNDERWEIGHT)
                                .education(EducationLevel.LOWER_SECONDARY)), Outcome.NOT_DEPRIVED),
                // Việc làm: working age 15 to under 61 (men) / 56 (women)
                arguments("ND07_2021", "EMPLOYMENT", "man of 60 unemployed",
                        household().member(adult("Ông Sáu", aged(60)).employment(EmploymentStatus.UNEMPLOYED)),
                        Outcome.DEPRIVED),
                arguments("ND07_2021", "EMPLOYMENT", "man of 61 unemployed is past working age",
                        household().member(adult("Ông Bảy", aged(61)).employment(EmploymentStatus.UNEMPLOYED)),
                        Outcome.NOT_DEPRIVED),
                arguments("ND07_2021", "EMPLOYMENT", "woman of 55 in wage work without contract",
                        household().member(adult("Bà Tám", aged(55)).sex(Sex.FEMALE)
                                .employment(EmploymentStatus.WAGE_WITHOUT_CONTRACT)), Outcome.DEPRIVED),
                arguments("ND07_2021", "EMPLOYMENT", "woman of 56 without contract is past working age",
                        household().member(adult("Bà Chín", aged(56)).sex(Sex.FEMALE)
                                .employment(EmploymentStatus.WAGE_WITHOUT_CONTRACT)), Outcome.NOT_DEPRIVED),
                arguments("ND07_2021", "EMPLOYMENT", "young man of exactly 15 unemployed",
                        household().member(adult("Em Mười", aged(15)).employment(EmploymentStatus.UNEMPLOYED)
                                .education(EducationLevel.LOWER_SECONDARY)), Outcome.DEPRIVED),
                arguments("ND07_2021", "EMPLOYMENT", "self-employed farmer",
                        household().member(adult("Anh Nông", aged(35)).employment(EmploymentStatus.SELF_EMPLOYED)),
                        Outcome.NOT_DEPRIVED),
                // Chất lượng nhà ở: at least 2 of walls, pillars, roof not durable
                arguments("ND07_2021", "HOUSING_QUALITY", "walls and roof not durable",
                        family(2).walls(false).roof(false), Outcome.DEPRIVED),
                arguments("ND07_2021", "HOUSING_QUALITY", "only the roof not durable",
                        family(2).roof(false), Outcome.NOT_DEPRIVED),
                arguments("ND07_2021", "HOUSING_QUALITY", "roof not durable, walls unknown",
                        family(2).roof(false).walls(null), Outcome.UNDETERMINED),
                // Nước, vệ sinh, rác thải
                arguments("ND07_2021", "DRINKING_WATER", "unprotected dug well",
                        family(2).water(WaterSource.UNPROTECTED_DUG_WELL), Outcome.DEPRIVED),
                arguments("ND07_2021", "DRINKING_WATER", "rain water", family(2).water(WaterSource.RAINWATER),
                        Outcome.NOT_DEPRIVED),
                arguments("ND07_2021", "SANITATION", "simple pit", family(2).latrine(LatrineType.SIMPLE_PIT),
                        Outcome.DEPRIVED),
                arguments("ND07_2021", "SANITATION", "semi-septic", family(2).latrine(LatrineType.SEMI_SEPTIC),
                        Outcome.NOT_DEPRIVED),
                arguments("ND351_2025", "WASTE_DISPOSAL", "waste dumped", family(2).waste(WasteDisposal.DUMPED),
                        Outcome.DEPRIVED),
                arguments("ND351_2025", "WASTE_DISPOSAL", "waste treated at home",
                        family(2).waste(WasteDisposal.ON_SITE_TREATMENT), Outcome.NOT_DEPRIVED),
                // Thông tin: NĐ 07 counts only internet; QĐ 59 counts a phone subscription too
                arguments("ND07_2021", "TELECOM", "phone subscription but no internet",
                        family(2).internet(false).phone(true), Outcome.DEPRIVED),
                arguments("QD59_2015", "TELECOM", "QĐ 59: phone subscription but no internet",
                        family(2).internet(false).phone(true), Outcome.NOT_DEPRIVED),
                arguments("ND07_2021", "INFORMATION_ACCESS", "only a basic phone",
                        family(2).devices(InformationDevice.PHONE), Outcome.DEPRIVED),
                arguments("ND07_2021", "INFORMATION_ACCESS", "a smartphone",
                        family(2).devices(InformationDevice.SMARTPHONE), Outcome.NOT_DEPRIVED),
                arguments("QD59_2015", "INFORMATION_ACCESS", "QĐ 59: no device but the village loudspeaker",
                        family(2).devices().loudspeaker(true), Outcome.NOT_DEPRIVED),
                arguments("QD59_2015", "INFORMATION_ACCESS", "QĐ 59: a smartphone does not count, no loudspeaker",
                        family(2).devices(InformationDevice.SMARTPHONE).loudspeaker(false), Outcome.DEPRIVED),
                // Tiếp cận dịch vụ y tế (QĐ 59)
                arguments("QD59_2015", "HEALTH_SERVICE_ACCESS", "ill without medical care",
                        household().member(adult("Ông Ốm", aged(70)).sickWithoutCare(true)), Outcome.DEPRIVED),
                arguments("QD59_2015", "HEALTH_SERVICE_ACCESS", "nobody ill without care",
                        family(3), Outcome.NOT_DEPRIVED));
    }

    @ParameterizedTest(name = "{0} {1}: {2} → {4}")
    @MethodSource("derivations")
    void eachIndicatorIsDerivedAtItsLegalBoundary(String standard, String indicator, String description,
            Household household, Outcome expected) {
        CompiledStandard s = SeededStandards.get(standard);
        ClassificationResult result = Classifier.classify(s, household.input(), REF);
        int index = s.indexOf(indicator);
        long bit = 1L << index;
        Outcome actual = (result.deprivedMask() & bit) != 0 ? Outcome.DEPRIVED
                : (result.unknownMask() & bit) != 0 ? Outcome.UNDETERMINED : Outcome.NOT_DEPRIVED;
        assertEquals(expected, actual, description);
        if (actual == Outcome.DEPRIVED) {
            Explanation explanation = Classifier.explain(s, household.input(), REF, result).stream()
                    .filter(e -> e.indicator().equals(indicator)).findFirst().orElseThrow();
            assertEquals(IndicatorSource.DERIVED, explanation.source());
            assertTrue(explanation.text() != null && !explanation.text().isBlank(), "explained in Vietnamese");
            assertTrue(explanation.textEn() != null && !explanation.textEn().isBlank(), "explained in English");
        }
    }

    // ------------------------------------------------------------------ explanations and subgroups

    @Test
    void theExplanationNamesTheMemberAndTheFact() {
        CompiledStandard s = SeededStandards.get("ND07_2021");
        Household h = household().member(adult("Nguyễn Văn A", aged(34)).insured(false));
        ClassificationResult result = Classifier.classify(s, h.input(), REF);
        Explanation e = Classifier.explain(s, h.input(), REF, result).get(0);
        assertEquals("HEALTH_INSURANCE", e.indicator());
        assertEquals("Nguyễn Văn A, 34 tuổi, không có thẻ BHYT", e.text());
        assertEquals(0, e.memberIndex());
        assertEquals("Nguyễn Văn A", e.memberName());
    }

    @Test
    void aHouseholdOfElderlyAndChildrenHasNoLabourCapacity() {
        CompiledStandard s = SeededStandards.get("ND07_2021");
        Household h = household()
                .member(adult("Bà Nội", aged(72)).sex(Sex.FEMALE).capacity(LabourCapacity.NONE)
                        .employment(EmploymentStatus.NOT_IN_LABOUR_FORCE).allowance(true).ethnicity("05"))
                .member(adult("Cháu", aged(9)).child().relation(RelationToHead.GRANDCHILD));
        ClassificationResult result = Classifier.classify(s, h.input(), REF);
        assertEquals(Boolean.TRUE, result.noLabourCapacity());
        assertEquals(Boolean.TRUE, result.ethnicMinority());
        assertEquals(Boolean.FALSE, result.meritoriousMember());
    }

    @Test
    void aWorkingAdultGivesLabourCapacityAndAMeritoriousMemberIsFlagged() {
        CompiledStandard s = SeededStandards.get("ND07_2021");
        Household h = household().member(adult("Ông Có Công", aged(75)).capacity(LabourCapacity.NONE)
                        .employment(EmploymentStatus.NOT_IN_LABOUR_FORCE).meritorious(true).relation(RelationToHead.PARENT))
                .member(adult("Con Trai", aged(45)));
        ClassificationResult result = Classifier.classify(s, h.input(), REF);
        assertEquals(Boolean.FALSE, result.noLabourCapacity());
        assertEquals(Boolean.TRUE, result.meritoriousMember());
        assertEquals(Boolean.FALSE, result.ethnicMinority());
    }

    @Test
    void missingIncomeAndScoreIsRefused() {
        ClassificationException e = assertThrows(ClassificationException.class, () -> Classifier.classify(
                SeededStandards.get("ND07_2021"), household().income(null).input(), REF));
        assertEquals("classification.income_required", e.code());
    }

    @Test
    void negativeIncomeIsRefused() {
        ClassificationException e = assertThrows(ClassificationException.class, () -> Classifier.classify(
                SeededStandards.get("ND07_2021"), household().income(-1L).input(), REF));
        assertEquals("classification.negative_income", e.code());
    }

    @Test
    void missingAreaTypeIsRefused() {
        ClassificationException e = assertThrows(ClassificationException.class, () -> Classifier.classify(
                SeededStandards.get("ND07_2021"), household().area(null).input(), REF));
        assertEquals("classification.area_type_required", e.code());
    }

    // ------------------------------------------------------------------ helpers

    /** A well-off family of n adults. */
    static Household family(int n) {
        Household h = household();
        for (int i = 0; i < n; i++) {
            h.member(adult("Thành viên " + (i + 1), aged(30 + i)));
        }
        return h;
    }

    /** Ticks the first k indicators of the standard deprived and the rest not, so that nothing is derived. */
    static Household ticked(CompiledStandard s, Household h, int k) {
        for (int i = 0; i < s.indicatorCount(); i++) {
            h.tick(s.indicatorCode(i), i < k);
        }
        return h;
    }
}
