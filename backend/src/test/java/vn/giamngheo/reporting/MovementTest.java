package vn.giamngheo.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.reporting.ReportViews.Count;
import vn.giamngheo.reporting.ReportViews.HouseholdYears;
import vn.giamngheo.reporting.ReportViews.MovementFigures;
import vn.giamngheo.reporting.ReportViews.MovementKind;

/** Each household lands in the right row, and both identities hold. */
class MovementTest {

    static HouseholdYears h(HouseholdClass before, int pb, HouseholdClass after, int pa, boolean everPoor) {
        return new HouseholdYears("v", before, pb, after, pa, everPoor);
    }

    static final List<HouseholdYears> HISTORY = List.of(
            h(HouseholdClass.POOR, 3, HouseholdClass.POOR, 4, true),              // stays poor, one more member
            h(HouseholdClass.POOR, 2, HouseholdClass.NEAR_POOR, 2, true),         // to near-poor
            h(HouseholdClass.POOR, 2, HouseholdClass.AVERAGE_LIVING, 2, true),    // escaped
            h(HouseholdClass.POOR, 1, null, 0, true),                             // moved away
            h(HouseholdClass.NEAR_POOR, 2, HouseholdClass.POOR, 2, false),        // near-poor to poor
            h(HouseholdClass.AVERAGE_LIVING, 3, HouseholdClass.POOR, 3, true),    // re-poor
            h(HouseholdClass.NOT_POOR, 1, HouseholdClass.POOR, 1, false),         // newly poor
            h(null, 0, HouseholdClass.POOR, 2, false),                            // a new household
            h(HouseholdClass.NOT_POOR, 4, HouseholdClass.NOT_POOR, 5, false));    // not concerned

    @Test
    void poorHouseholds() {
        MovementFigures f = Movement.of(MovementKind.POOR, HISTORY);
        assertEquals(new Count(4, 8), f.start());
        assertEquals(new Count(1, 2), f.decreases().get("TO_NEAR_POOR"));
        assertEquals(new Count(1, 2), f.decreases().get("ESCAPED"));
        assertEquals(new Count(1, 1), f.decreases().get("OTHER"));
        assertEquals(new Count(3, 5), f.decreasesTotal());
        assertEquals(new Count(1, 2), f.increases().get("FROM_NEAR_POOR"));
        assertEquals(new Count(1, 3), f.increases().get("RE_POOR"));
        assertEquals(new Count(1, 1), f.increases().get("NEWLY_POOR"));
        // the new household and the member born into a household that stayed poor
        assertEquals(new Count(1, 3), f.increases().get("OTHER"));
        assertEquals(new Count(4, 9), f.increasesTotal());
        assertEquals(new Count(5, 12), f.end());
    }

    @Test
    void nearPoorHouseholds() {
        MovementFigures f = Movement.of(MovementKind.NEAR_POOR, HISTORY);
        assertEquals(new Count(1, 2), f.start());
        assertEquals(new Count(1, 2), f.decreases().get("TO_POOR"));
        assertEquals(new Count(1, 2), f.increases().get("FROM_POOR"));
        assertEquals(new Count(0, 0), f.increases().get("NEWLY_NEAR_POOR"));
        assertEquals(new Count(1, 2), f.end());
    }
}
