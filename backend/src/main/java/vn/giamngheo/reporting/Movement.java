package vn.giamngheo.reporting;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.common.problem.ProblemException;
import vn.giamngheo.reporting.ReportViews.Count;
import vn.giamngheo.reporting.ReportViews.HouseholdYears;
import vn.giamngheo.reporting.ReportViews.MovementFigures;
import vn.giamngheo.reporting.ReportViews.MovementKind;

/**
 * The movement of poor (or near-poor) households between two reviews (Thông tư 07/2021, Phụ lục VII):
 * start, decreases by kind, increases by kind, end, in households and persons. Pure: no I/O.
 *
 * <p>Each household is placed by its class at the two reviews. A household that stays in the class
 * but gains or loses members moves the persons through the OTHER rows, so that both identities hold.
 * The end is also counted on its own and compared: a mismatch is an error, never a silent figure.
 */
public final class Movement {

    public static final List<String> POOR_DECREASES = List.of("TO_NEAR_POOR", "ESCAPED", "OTHER");
    public static final List<String> POOR_INCREASES = List.of("FROM_NEAR_POOR", "RE_POOR", "NEWLY_POOR", "OTHER");
    public static final List<String> NEAR_POOR_DECREASES = List.of("TO_POOR", "ESCAPED", "OTHER");
    public static final List<String> NEAR_POOR_INCREASES = List.of("FROM_POOR", "NEWLY_NEAR_POOR", "OTHER");

    private Movement() {
    }

    public static List<String> decreaseKinds(MovementKind kind) {
        return kind == MovementKind.POOR ? POOR_DECREASES : NEAR_POOR_DECREASES;
    }

    public static List<String> increaseKinds(MovementKind kind) {
        return kind == MovementKind.POOR ? POOR_INCREASES : NEAR_POOR_INCREASES;
    }

    /**
     * Households that share their classes at the two reviews (and whether they were poor earlier), with
     * their persons: those that stay in their class but gain or lose members count in the gain and loss.
     */
    public record Group(HouseholdClass before, HouseholdClass after, boolean everPoorBefore, int households,
            int personsBefore, int personsAfter, int personsGain, int personsLoss) {

        static Group of(HouseholdYears h) {
            int delta = h.personsAfter() - h.personsBefore();
            return new Group(h.before(), h.after(), h.everPoorBefore(), 1, h.personsBefore(), h.personsAfter(),
                    Math.max(delta, 0), Math.max(-delta, 0));
        }
    }

    /** The movement of single households. */
    public static MovementFigures of(MovementKind kind, Collection<HouseholdYears> households) {
        return ofGroups(kind, households.stream().map(Group::of).toList());
    }

    /** The movement of groups of households (the kept transitions of villages or communes). */
    public static MovementFigures ofGroups(MovementKind kind, Collection<Group> groups) {
        HouseholdClass target = kind == MovementKind.POOR ? HouseholdClass.POOR : HouseholdClass.NEAR_POOR;
        Map<String, Count> decreases = zeros(decreaseKinds(kind));
        Map<String, Count> increases = zeros(increaseKinds(kind));
        Count start = Count.ZERO;
        Count end = Count.ZERO;
        for (Group g : groups) {
            boolean wasIn = g.before() == target;
            boolean isIn = g.after() == target;
            if (wasIn) {
                start = start.plus(g.households(), g.personsBefore());
            }
            if (isIn) {
                end = end.plus(g.households(), g.personsAfter());
            }
            if (wasIn && isIn) {
                if (g.personsGain() > 0) {
                    increases.merge("OTHER", new Count(0, g.personsGain()), Count::plus);
                }
                if (g.personsLoss() > 0) {
                    decreases.merge("OTHER", new Count(0, g.personsLoss()), Count::plus);
                }
            } else if (wasIn) {
                decreases.merge(decrease(kind, g.after()), new Count(g.households(), g.personsBefore()), Count::plus);
            } else if (isIn) {
                increases.merge(increase(kind, g), new Count(g.households(), g.personsAfter()), Count::plus);
            }
        }
        Count decreased = sum(decreases.values());
        Count increased = sum(increases.values());
        int computedHouseholds = start.households() - decreased.households() + increased.households();
        int persons = start.persons() - decreased.persons() + increased.persons();
        if (computedHouseholds != end.households() || persons != end.persons()) {
            throw new ProblemException(500, "report.movement_unbalanced", "The movement does not balance: start "
                    + start + " − decreases " + decreased + " + increases " + increased + " ≠ end " + end);
        }
        return new MovementFigures(start, decreases, decreased, increases, increased, end);
    }

    private static String decrease(MovementKind kind, HouseholdClass after) {
        if (after == null) {
            return "OTHER";
        }
        if (kind == MovementKind.POOR) {
            return after == HouseholdClass.NEAR_POOR ? "TO_NEAR_POOR" : "ESCAPED";
        }
        return after == HouseholdClass.POOR ? "TO_POOR" : "ESCAPED";
    }

    private static String increase(MovementKind kind, Group h) {
        if (h.before() == null) {
            return "OTHER";
        }
        if (kind == MovementKind.POOR) {
            if (h.before() == HouseholdClass.NEAR_POOR) {
                return "FROM_NEAR_POOR";
            }
            return h.everPoorBefore() ? "RE_POOR" : "NEWLY_POOR";
        }
        return h.before() == HouseholdClass.POOR ? "FROM_POOR" : "NEWLY_NEAR_POOR";
    }

    private static Map<String, Count> zeros(List<String> kinds) {
        Map<String, Count> map = new LinkedHashMap<>();
        kinds.forEach(k -> map.put(k, Count.ZERO));
        return map;
    }

    private static Count sum(Collection<Count> counts) {
        return counts.stream().reduce(Count.ZERO, Count::plus);
    }
}
