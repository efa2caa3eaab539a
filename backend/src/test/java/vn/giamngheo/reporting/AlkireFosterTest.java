package vn.giamngheo.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.giamngheo.reporting.ReportViews.IndicatorMeasure;

/** H, A and M0 against a hand computation on ten households and the 12 indicators of Nghị định 07/2021. */
class AlkireFosterTest {

    static final List<String> ND07 = List.of("EMPLOYMENT", "DEPENDENTS", "NUTRITION", "HEALTH_INSURANCE",
            "ADULT_EDUCATION", "CHILD_SCHOOLING", "HOUSING_QUALITY", "HOUSING_AREA", "DRINKING_WATER", "SANITATION",
            "TELECOM", "INFORMATION_ACCESS");

    /** Ten households; with k = 3, h1, h2, h3, h6 and h8 are poor (5, 3, 4, 6 and 3 deprivations). */
    static final List<Set<String>> TEN = List.of(
            Set.of("EMPLOYMENT", "DEPENDENTS", "NUTRITION", "HEALTH_INSURANCE", "ADULT_EDUCATION"),
            Set.of("HOUSING_QUALITY", "SANITATION", "TELECOM"),
            Set.of("HEALTH_INSURANCE", "HOUSING_QUALITY", "HOUSING_AREA", "DRINKING_WATER"),
            Set.of("SANITATION", "TELECOM"),
            Set.of(),
            Set.of("EMPLOYMENT", "HEALTH_INSURANCE", "ADULT_EDUCATION", "CHILD_SCHOOLING", "HOUSING_QUALITY",
                    "SANITATION"),
            Set.of("INFORMATION_ACCESS"),
            Set.of("HEALTH_INSURANCE", "SANITATION", "INFORMATION_ACCESS"),
            Set.of(),
            Set.of("DRINKING_WATER", "TELECOM"));

    @Test
    void tenHouseholdsByHand() {
        AlkireFoster.Result r = AlkireFoster.measure(ND07, TEN, 3);
        assertEquals(10, r.households());
        assertEquals(5, r.poor());
        // H = 5 / 10
        assertEquals(0.5, r.headcount(), 1e-12);
        // A = (5 + 3 + 4 + 6 + 3) / (5 × 12) = 21 / 60
        assertEquals(0.35, r.intensity(), 1e-12);
        // M0 = H × A = 21 / 120
        assertEquals(0.175, r.adjustedHeadcount(), 1e-12);

        Map<String, IndicatorMeasure> by = r.indicators().stream()
                .collect(Collectors.toMap(IndicatorMeasure::code, Function.identity()));
        // health insurance: h1, h3, h6, h8 are poor and deprived in it; nobody else lacks it
        assertEquals(0.4, by.get("HEALTH_INSURANCE").censoredHeadcount(), 1e-12);
        assertEquals(0.4, by.get("HEALTH_INSURANCE").uncensoredHeadcount(), 1e-12);
        // its contribution: (0.4 / 12) / 0.175 = 4 / 21
        assertEquals(4.0 / 21, by.get("HEALTH_INSURANCE").contribution(), 1e-12);
        // sanitation: h2, h4, h6, h8 lack it, but h4 is not poor
        assertEquals(0.4, by.get("SANITATION").uncensoredHeadcount(), 1e-12);
        assertEquals(0.3, by.get("SANITATION").censoredHeadcount(), 1e-12);
        // telecom: h2, h4, h10 lack it; only h2 is poor
        assertEquals(0.3, by.get("TELECOM").uncensoredHeadcount(), 1e-12);
        assertEquals(0.1, by.get("TELECOM").censoredHeadcount(), 1e-12);
        assertEquals(1.0, r.indicators().stream().mapToDouble(IndicatorMeasure::contribution).sum(), 1e-12);
        // M0 is also the mean of the censored headcounts
        assertEquals(r.adjustedHeadcount(),
                r.indicators().stream().mapToDouble(IndicatorMeasure::censoredHeadcount).sum() / 12, 1e-12);
    }

    @Test
    void aLowerCutOffCountsMoreHouseholdsPoor() {
        AlkireFoster.Result r = AlkireFoster.measure(ND07, TEN, 2);
        // h4 and h10 (2 deprivations each) join: 7 poor, 25 deprivations among them
        assertEquals(7, r.poor());
        assertEquals(0.7, r.headcount(), 1e-12);
        assertEquals(25.0 / (7 * 12), r.intensity(), 1e-12);
    }

    @Test
    void nobodyDeprivedGivesZeros() {
        AlkireFoster.Result r = AlkireFoster.measure(ND07, List.of(Set.of(), Set.of()), 3);
        assertEquals(0, r.poor());
        assertEquals(0.0, r.adjustedHeadcount());
        assertEquals(0.0, r.indicators().get(0).contribution());
    }
}
