package vn.giamngheo.household.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
import vn.giamngheo.household.HouseholdCodes.PovertyCause;
import vn.giamngheo.household.HouseholdCodes.SupportNeed;

/**
 * Synthetic but realistic households of Huế (province 46), deterministic for a seed: Vietnamese
 * names, plausible ages and household sizes, Cơ-tu, Tà-ôi and Bru-Vân Kiều families in the
 * mountain communes of A Lưới and the former Nam Đông district, and each household's facts and
 * income drifting from year to year so that some escape poverty, some fall back and some become
 * poor. Plain generation, no I/O.
 */
public final class DemoPopulation {

    /** Communes of the former A Lưới and Nam Đông districts: mountains, mostly ethnic minorities. */
    static final Set<String> MOUNTAIN = Set.of("20044", "20050", "20056", "20071", "20101", "20161", "20179", "20182");

    private static final String[] FAMILY = {"Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn",
        "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Trương", "Tôn Thất", "Nguyễn Phúc"};
    private static final String[] MINORITY_FAMILY = {"Hồ", "Hồ", "A Lăng", "Kray", "Quỳnh", "Ra Pát", "Hồ Văn",
        "Blúp", "Coor", "Pả", "Arất", "Nhâm"};
    private static final String[] MALE_MIDDLE = {"Văn", "Văn", "Văn", "Đức", "Minh", "Hữu", "Quang", "Công", "Xuân"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Hồng"};
    private static final String[] MALE_GIVEN = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khang", "Long", "Minh",
        "Nam", "Phong", "Quân", "Sơn", "Tâm", "Thắng", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Lợi", "Phúc", "Hưng"};
    private static final String[] FEMALE_GIVEN = {"Anh", "Châu", "Dung", "Giang", "Hà", "Hằng", "Hoa", "Hương",
        "Lan", "Liên", "Linh", "Mai", "Nga", "Nhung", "Oanh", "Phương", "Thảo", "Thủy", "Trang", "Tuyết", "Vân",
        "Yến", "Hiền"};
    /** Cơ-tu, Tà-ôi (with Pa Cô), Bru-Vân Kiều. */
    private static final String[] MINORITIES = {"26", "26", "31", "31", "31", "23"};

    /** One household as generated: where, who, and what each review year found. */
    public record Household(String communeCode, int villageIndex, String address, List<Person> members,
            List<Year> years) {
    }

    /** A member; the facts that change over the years are in {@link Year}. */
    public record Person(String name, Sex sex, LocalDate birthDate, String ethnicity, RelationToHead relation,
            String citizenId, LabourCapacity capacity, EmploymentStatus employment, Boolean allowance,
            Boolean disabled, NutritionStatus nutrition, Boolean insured, Boolean attending, EducationLevel education,
            Boolean meritorious) {
    }

    /** What the review of one year found. */
    public record Year(int year, LocalDate surveyDate, long income, HouseholdFacts facts, List<Boolean> insured,
            List<PovertyCause> causes, List<SupportNeed> needs) {
    }

    private final Random random;
    private final int firstYear;
    private final int lastYear;
    /** Serial numbers already given, per gender-and-century digit and year of birth. */
    private final int[][] citizenSerials = new int[4][100];

    private final int birthProvince;

    /**
     * @param birthProvince the province of birth in the citizen IDs it gives (046 Huế by default); runs
     *        that add to a registry use another one so that IDs stay unique
     */
    public DemoPopulation(long seed, int firstYear, int lastYear, int birthProvince) {
        this.random = new Random(seed);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.birthProvince = birthProvince;
    }

    public Household next(String communeCode, boolean ward, int villages) {
        boolean mountain = MOUNTAIN.contains(communeCode);
        boolean minority = mountain && random.nextDouble() < 0.75 || !mountain && random.nextDouble() < 0.01;
        // wealth: where the household stands; it drifts from year to year
        double wealth = random.nextGaussian() + (mountain ? -1.15 : ward ? 0.45 : 0);
        int size = householdSize(mountain);
        LocalDate reference = LocalDate.of(lastYear, 10, 1);
        int headAge = 24 + random.nextInt(54);
        String ethnicity = minority ? MINORITIES[random.nextInt(MINORITIES.length)] : "01";
        String family = minority ? pick(MINORITY_FAMILY) : pick(FAMILY);
        List<Person> members = new ArrayList<>(size);
        Sex headSex = random.nextDouble() < 0.8 ? Sex.MALE : Sex.FEMALE;
        members.add(person(family, headSex, headAge, reference, RelationToHead.HEAD, ethnicity, wealth));
        if (size > 1 && headAge < 85) {
            Sex spouseSex = headSex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
            members.add(person(pick(minority ? MINORITY_FAMILY : FAMILY), spouseSex,
                    Math.max(18, headAge - 3 + random.nextInt(7)), reference, RelationToHead.SPOUSE, ethnicity, wealth));
        }
        while (members.size() < size) {
            boolean elder = members.size() == size - 1 && size >= 5 && headAge < 55 && random.nextDouble() < 0.4;
            int age = elder ? headAge + 22 + random.nextInt(15) : Math.max(0, headAge - 19 - random.nextInt(22));
            members.add(person(family, random.nextBoolean() ? Sex.MALE : Sex.FEMALE, age, reference,
                    elder ? RelationToHead.PARENT : RelationToHead.CHILD, ethnicity, wealth));
        }
        List<Year> years = new ArrayList<>();
        double drift = wealth;
        for (int year = firstYear; year <= lastYear; year++) {
            drift = 0.8 * drift + 0.2 * wealth + 0.35 * random.nextGaussian() + 0.03;
            years.add(year(year, drift, members, mountain, ward));
        }
        String address = (ward ? "Tổ " : "Thôn ") + (1 + random.nextInt(Math.max(1, villages))) + ", số "
                + (1 + random.nextInt(300));
        return new Household(communeCode, random.nextInt(Math.max(1, villages)), address, members, years);
    }

    private int householdSize(boolean mountain) {
        double u = random.nextDouble();
        int size = u < 0.08 ? 1 : u < 0.24 ? 2 : u < 0.45 ? 3 : u < 0.72 ? 4 : u < 0.86 ? 5 : u < 0.94 ? 6 : 7;
        return mountain && random.nextDouble() < 0.3 ? size + 1 : size;
    }

    private Person person(String family, Sex sex, int age, LocalDate reference, RelationToHead relation,
            String ethnicity, double wealth) {
        String name = family + " " + (sex == Sex.MALE ? pick(MALE_MIDDLE) : pick(FEMALE_MIDDLE)) + " "
                + (sex == Sex.MALE ? pick(MALE_GIVEN) : pick(FEMALE_GIVEN));
        LocalDate birth = reference.minusYears(age).minusDays(random.nextInt(365));
        boolean child = age < 16;
        boolean elderly = age >= 60;
        LabourCapacity capacity = child ? LabourCapacity.NONE
                : elderly ? (random.nextDouble() < 0.45 ? LabourCapacity.PARTIAL : LabourCapacity.NONE)
                : random.nextDouble() < 0.93 ? LabourCapacity.FULL
                : random.nextDouble() < 0.5 ? LabourCapacity.PARTIAL : LabourCapacity.NONE;
        EmploymentStatus employment = child || capacity == LabourCapacity.NONE ? EmploymentStatus.NOT_IN_LABOUR_FORCE
                : random.nextDouble() < 0.55 ? EmploymentStatus.SELF_EMPLOYED
                : random.nextDouble() < 0.6 + 0.1 * wealth ? EmploymentStatus.WAGE_WITH_CONTRACT
                : random.nextDouble() < 0.7 ? EmploymentStatus.WAGE_WITHOUT_CONTRACT : EmploymentStatus.UNEMPLOYED;
        boolean attending = age >= 3 && age < 16 ? random.nextDouble() < 0.96 + 0.02 * wealth
                : age >= 16 && age < 22 && random.nextDouble() < 0.5 + 0.15 * wealth;
        EducationLevel education = age < 6 ? EducationLevel.NONE : age < 11 ? EducationLevel.PRIMARY
                : age < 15 ? EducationLevel.PRIMARY : age < 18 ? EducationLevel.LOWER_SECONDARY
                : random.nextDouble() < 0.72 + 0.1 * wealth ? EducationLevel.UPPER_SECONDARY
                : random.nextDouble() < 0.4 ? EducationLevel.VOCATIONAL
                : random.nextDouble() < 0.7 ? EducationLevel.LOWER_SECONDARY : EducationLevel.PRIMARY;
        String citizenId = age >= 14 ? citizenId(sex, birth.getYear()) : null;
        return new Person(name, sex, birth, ethnicity, relation, citizenId, capacity, employment,
                elderly && random.nextDouble() < (age >= 80 ? 0.75 : 0.12), random.nextDouble() < 0.03,
                age < 19 ? (random.nextDouble() < 0.9 + 0.03 * wealth ? NutritionStatus.NORMAL
                        : random.nextBoolean() ? NutritionStatus.STUNTED : NutritionStatus.UNDERWEIGHT) : null,
                random.nextDouble() < 0.9 + 0.04 * wealth, attending, education,
                elderly && random.nextDouble() < 0.06);
    }

    private Year year(int year, double wealth, List<Person> members, boolean mountain, boolean ward) {
        double inflation = Math.pow(1.06, year - firstYear);
        // monthly income per person: log-normal around 3.6 million VND (2022), lower in the mountains
        long income = Math.round(Math.exp(14.98 + 0.52 * wealth) * inflation / 1000) * 1000;
        double good = wealth + (ward ? 0.5 : 0);
        boolean solid = random.nextDouble() < sigmoid(2.6 + good);
        EnumSet<InformationDevice> devices = EnumSet.noneOf(InformationDevice.class);
        if (random.nextDouble() < sigmoid(2.2 + good)) {
            devices.add(InformationDevice.TV);
        }
        if (random.nextDouble() < sigmoid(1.2 + good + 0.25 * (year - firstYear))) {
            devices.add(InformationDevice.SMARTPHONE);
        } else if (random.nextDouble() < 0.6) {
            devices.add(InformationDevice.PHONE);
        }
        HouseholdFacts facts = new HouseholdFacts(solid || random.nextDouble() < 0.4, solid || random.nextDouble() < 0.6,
                solid || random.nextDouble() < 0.3,
                BigDecimal.valueOf(members.size() * (5L + random.nextInt(mountain ? 12 : 22))),
                random.nextDouble() < sigmoid(2.4 + good) ? (ward || random.nextBoolean() ? WaterSource.PIPED
                        : WaterSource.DRILLED_WELL)
                        : mountain && random.nextBoolean() ? WaterSource.UNPROTECTED_SPRING : WaterSource.UNPROTECTED_DUG_WELL,
                random.nextDouble() < sigmoid(2.2 + good) ? LatrineType.SEPTIC
                        : random.nextBoolean() ? LatrineType.SIMPLE_PIT : LatrineType.NONE,
                random.nextDouble() < sigmoid(1.5 + good) ? WasteDisposal.COLLECTED : WasteDisposal.DUMPED,
                random.nextDouble() < sigmoid(1.6 + good + 0.3 * (year - firstYear)),
                random.nextDouble() < sigmoid(2.5 + good), devices, random.nextDouble() < 0.7);
        List<Boolean> insured = new ArrayList<>(members.size());
        for (Person p : members) {
            insured.add(random.nextDouble() < sigmoid(2.4 + good) || Boolean.TRUE.equals(p.insured()) && random.nextBoolean());
        }
        List<PovertyCause> causes = new ArrayList<>();
        List<SupportNeed> needs = new ArrayList<>();
        if (wealth < -0.8) {
            causes.add(mountain ? PovertyCause.LACK_OF_LAND : PovertyCause.LACK_OF_CAPITAL);
            if (random.nextBoolean()) {
                causes.add(PovertyCause.LACK_OF_KNOW_HOW);
            }
            if (members.stream().allMatch(p -> p.capacity() != LabourCapacity.FULL)) {
                causes.add(PovertyCause.OLD_AGE_OR_LOST_CAPACITY);
            }
            needs.add(random.nextBoolean() ? SupportNeed.CREDIT : SupportNeed.PRODUCTION);
            if (!solid) {
                needs.add(SupportNeed.HOUSING);
            }
        }
        return new Year(year, LocalDate.of(year, 9, 15).plusDays(random.nextInt(60)), income, facts, insured,
                List.copyOf(causes), List.copyOf(needs));
    }

    /** Province of birth (046 Huế), gender and century digit, two digits of the year, six serial digits. */
    private String citizenId(Sex sex, int birthYear) {
        int genderCentury = (birthYear >= 2000 ? 2 : 0) + (sex == Sex.FEMALE ? 1 : 0);
        int serial = ++citizenSerials[genderCentury][birthYear % 100];
        return String.format("%03d%d%02d%06d", birthProvince, genderCentury, birthYear % 100, serial);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
