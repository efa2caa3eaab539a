package vn.giamngheo.classification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.classification.engine.CompiledStandard;
import vn.giamngheo.classification.model.ClassificationInput;
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
import vn.giamngheo.classification.model.HouseholdFacts;
import vn.giamngheo.classification.model.MemberFacts;

/**
 * Random but plausible households for property tests and the benchmark: 1 to 8 members of every
 * age, facts sometimes missing, incomes around the lines, some indicators ticked by hand.
 */
public final class RandomHouseholds {

    /** Codes of the official list, shared as a registry would read them from its code table. */
    private static final String[] ETHNICITIES = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10"};
    private static final String[] NAMES = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "Thành viên " + i).toArray(String[]::new);
    private final Random random;
    private final LocalDate referenceDate;

    public RandomHouseholds(long seed, LocalDate referenceDate) {
        this.random = new Random(seed);
        this.referenceDate = referenceDate;
    }

    /** A household; with {@code ticks} false, every indicator is derived from the facts. */
    public ClassificationInput next(CompiledStandard standard, boolean ticks) {
        int size = 1 + random.nextInt(8);
        List<MemberFacts> members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            members.add(member(i == 0));
        }
        Map<String, Boolean> given = new HashMap<>();
        if (ticks && random.nextInt(4) == 0) {
            for (int i = 0; i < standard.indicatorCount(); i++) {
                if (random.nextInt(5) == 0) {
                    given.put(standard.indicatorCode(i), random.nextBoolean());
                }
            }
        }
        boolean scoreOnly = standard.definition().lines().get(AreaType.RURAL).scoreACutoff() != null
                && random.nextInt(5) == 0;
        return new ClassificationInput(random.nextBoolean() ? AreaType.RURAL : AreaType.URBAN,
                scoreOnly ? null : (long) random.nextInt(4_000_000), scoreOnly ? random.nextInt(300) : null, given,
                household(), members);
    }

    private HouseholdFacts household() {
        return new HouseholdFacts(maybe(random.nextInt(4) > 0), maybe(random.nextInt(4) > 0),
                maybe(random.nextInt(4) > 0), random.nextInt(12) == 0 ? null : BigDecimal.valueOf(5 + random.nextInt(120)),
                pick(WaterSource.values()), pick(LatrineType.values()), pick(WasteDisposal.values()),
                maybe(random.nextInt(3) > 0), maybe(random.nextBoolean()), devices(), maybe(random.nextBoolean()));
    }

    private Set<InformationDevice> devices() {
        if (random.nextInt(12) == 0) {
            return null;
        }
        EnumSet<InformationDevice> set = EnumSet.noneOf(InformationDevice.class);
        for (InformationDevice d : InformationDevice.values()) {
            if (random.nextInt(3) == 0) {
                set.add(d);
            }
        }
        return set;
    }

    private MemberFacts member(boolean head) {
        int age = random.nextInt(90);
        LocalDate birth = random.nextInt(30) == 0 ? null
                : referenceDate.minusYears(age).minusDays(random.nextInt(365));
        return new MemberFacts(NAMES[random.nextInt(NAMES.length)], birth, pick(Sex.values()),
                random.nextInt(6) == 0 ? ETHNICITIES[1 + random.nextInt(ETHNICITIES.length - 1)] : ETHNICITIES[0],
                head ? RelationToHead.HEAD : pick(RelationToHead.values()), pick(LabourCapacity.values()),
                pick(EmploymentStatus.values()), maybe(random.nextInt(8) == 0), maybe(random.nextInt(10) == 0),
                pick(NutritionStatus.values()), maybe(random.nextInt(5) > 0), maybe(random.nextBoolean()),
                pick(EducationLevel.values()), maybe(random.nextInt(20) == 0), maybe(random.nextInt(15) == 0));
    }

    /** The value, or null one time in ten (a fact the officer did not record). */
    private Boolean maybe(boolean value) {
        return random.nextInt(10) == 0 ? null : value;
    }

    private <E> E pick(E[] values) {
        return random.nextInt(10) == 0 ? null : values[random.nextInt(values.length)];
    }
}
