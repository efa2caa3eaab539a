package vn.giamngheo.classification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.giamngheo.area.AreaType;
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
 * Synthetic households shaped like a rural Vietnamese commune, for the benchmark: families of one
 * to eight (3.6 on average) with a head, a spouse, children and sometimes grandparents, and facts
 * drawn with plausible frequencies (most members insured, most children in school, a tenth of
 * dwellings not durable, incomes spread around the lines). Unlike {@link RandomHouseholds}, which
 * aims at edge cases for property tests, this aims at what the classifier meets in a real review.
 */
public final class SyntheticPopulation {

    private static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
        "Hoàng Văn Em", "Huỳnh Thị Phương", "Võ Văn Giang", "Đặng Thị Hoa", "Bùi Văn Hùng", "Đỗ Thị Lan"};
    private static final String[] ETHNICITIES = {"01", "01", "01", "01", "01", "01", "02", "03", "05", "09"};
    private static final int[] SIZES = {1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 6, 6, 7};

    private final Random random;
    private final LocalDate referenceDate;

    public SyntheticPopulation(long seed, LocalDate referenceDate) {
        this.random = new Random(seed);
        this.referenceDate = referenceDate;
    }

    public ClassificationInput next() {
        int size = SIZES[random.nextInt(SIZES.length)] + (random.nextInt(50) == 0 ? 1 : 0);
        List<MemberFacts> members = new ArrayList<>(size);
        int headAge = 25 + random.nextInt(50);
        String ethnicity = ETHNICITIES[random.nextInt(ETHNICITIES.length)];
        members.add(person(headAge, RelationToHead.HEAD, ethnicity));
        if (size > 1) {
            members.add(person(Math.max(18, headAge - 5 + random.nextInt(10)), RelationToHead.SPOUSE, ethnicity));
        }
        for (int i = 2; i < size; i++) {
            boolean grandparent = i == size - 1 && size >= 5 && random.nextInt(3) == 0;
            members.add(grandparent ? person(headAge + 22 + random.nextInt(12), RelationToHead.PARENT, ethnicity)
                    : person(Math.max(0, headAge - 20 - random.nextInt(22)), RelationToHead.CHILD, ethnicity));
        }
        long income = (long) (Math.exp(14.6 + 0.55 * random.nextGaussian()) / 1000) * 1000;
        return new ClassificationInput(random.nextInt(4) == 0 ? AreaType.URBAN : AreaType.RURAL, income, null,
                Map.of(), household(size), members);
    }

    private HouseholdFacts household(int size) {
        boolean solid = chance(0.9);
        EnumSet<InformationDevice> devices = EnumSet.noneOf(InformationDevice.class);
        if (chance(0.88)) {
            devices.add(InformationDevice.TV);
        }
        if (chance(0.75)) {
            devices.add(InformationDevice.SMARTPHONE);
        } else if (chance(0.6)) {
            devices.add(InformationDevice.PHONE);
        }
        if (chance(0.2)) {
            devices.add(InformationDevice.COMPUTER);
        }
        return new HouseholdFacts(solid || chance(0.3), solid || chance(0.5), solid || chance(0.2),
                BigDecimal.valueOf(size * (6 + random.nextInt(20))),
                pick(new WaterSource[] {WaterSource.PIPED, WaterSource.PIPED, WaterSource.PIPED, WaterSource.PIPED,
                    WaterSource.DRILLED_WELL, WaterSource.DRILLED_WELL, WaterSource.DRILLED_WELL,
                    WaterSource.PROTECTED_DUG_WELL, WaterSource.RAINWATER, WaterSource.UNPROTECTED_DUG_WELL}),
                pick(new LatrineType[] {LatrineType.SEPTIC, LatrineType.SEPTIC, LatrineType.SEPTIC, LatrineType.SEPTIC,
                    LatrineType.SEPTIC, LatrineType.SEPTIC, LatrineType.SEMI_SEPTIC, LatrineType.POUR_FLUSH,
                    LatrineType.SIMPLE_PIT, LatrineType.NONE}),
                chance(0.8) ? WasteDisposal.COLLECTED : chance(0.5) ? WasteDisposal.ON_SITE_TREATMENT : WasteDisposal.DUMPED,
                chance(0.8), chance(0.92), devices, chance(0.7));
    }

    private MemberFacts person(int age, RelationToHead relation, String ethnicity) {
        LocalDate birth = referenceDate.minusYears(age).minusDays(random.nextInt(365));
        boolean child = age < 16;
        boolean elderly = age >= 60;
        LabourCapacity capacity = child ? LabourCapacity.NONE
                : elderly ? (chance(0.5) ? LabourCapacity.PARTIAL : LabourCapacity.NONE)
                : chance(0.92) ? LabourCapacity.FULL : chance(0.6) ? LabourCapacity.PARTIAL : LabourCapacity.NONE;
        EmploymentStatus employment = child || capacity == LabourCapacity.NONE ? EmploymentStatus.NOT_IN_LABOUR_FORCE
                : pick(new EmploymentStatus[] {EmploymentStatus.SELF_EMPLOYED, EmploymentStatus.SELF_EMPLOYED,
                    EmploymentStatus.SELF_EMPLOYED, EmploymentStatus.SELF_EMPLOYED, EmploymentStatus.SELF_EMPLOYED,
                    EmploymentStatus.WAGE_WITH_CONTRACT, EmploymentStatus.WAGE_WITH_CONTRACT,
                    EmploymentStatus.WAGE_WITH_CONTRACT, EmploymentStatus.WAGE_WITHOUT_CONTRACT,
                    EmploymentStatus.NOT_IN_LABOUR_FORCE});
        boolean attending = age >= 3 && age < 16 ? chance(0.96) : age >= 16 && age < 23 && chance(0.5);
        EducationLevel education = age < 6 ? EducationLevel.NONE : age < 11 ? EducationLevel.PRIMARY
                : age < 15 ? EducationLevel.PRIMARY : age < 18 ? EducationLevel.LOWER_SECONDARY
                : chance(0.75) ? EducationLevel.UPPER_SECONDARY : chance(0.5) ? EducationLevel.VOCATIONAL
                : EducationLevel.LOWER_SECONDARY;
        return new MemberFacts(NAMES[random.nextInt(NAMES.length)], birth, random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                ethnicity, relation, capacity, employment, elderly && chance(age >= 80 ? 0.7 : 0.1), chance(0.03),
                child ? (chance(0.9) ? NutritionStatus.NORMAL : chance(0.6) ? NutritionStatus.STUNTED
                        : NutritionStatus.UNDERWEIGHT) : null,
                chance(0.92), attending, education, elderly && chance(0.05), false);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <E> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }
}
