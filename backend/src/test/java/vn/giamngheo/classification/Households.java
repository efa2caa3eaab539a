package vn.giamngheo.classification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/** Builders for classifier inputs in tests: a well-off household by default, changed fact by fact. */
public final class Households {

    private Households() {
    }

    public static Household household() {
        return new Household();
    }

    /** An adult member with every fact that keeps indicators undeprived. */
    public static Member adult(String name, LocalDate birthDate) {
        return new Member(name, birthDate);
    }

    public static final class Household {
        AreaType area = AreaType.RURAL;
        Long income = 5_000_000L;
        Integer scoreA;
        Map<String, Boolean> ticks = new LinkedHashMap<>();
        Boolean walls = true;
        Boolean pillars = true;
        Boolean roof = true;
        BigDecimal floorArea = new BigDecimal("100");
        WaterSource water = WaterSource.PIPED;
        LatrineType latrine = LatrineType.SEPTIC;
        WasteDisposal waste = WasteDisposal.COLLECTED;
        Boolean internet = true;
        Boolean phone = true;
        Set<InformationDevice> devices = EnumSet.of(InformationDevice.TV, InformationDevice.SMARTPHONE);
        Boolean loudspeaker = true;
        final List<Member> members = new ArrayList<>();

        public Household area(AreaType value) { area = value; return this; }
        public Household income(Long value) { income = value; return this; }
        public Household scoreA(Integer value) { scoreA = value; return this; }
        public Household tick(String indicator, boolean deprived) { ticks.put(indicator, deprived); return this; }
        public Household walls(Boolean value) { walls = value; return this; }
        public Household pillars(Boolean value) { pillars = value; return this; }
        public Household roof(Boolean value) { roof = value; return this; }
        public Household floorArea(String value) { floorArea = value == null ? null : new BigDecimal(value); return this; }
        public Household water(WaterSource value) { water = value; return this; }
        public Household latrine(LatrineType value) { latrine = value; return this; }
        public Household waste(WasteDisposal value) { waste = value; return this; }
        public Household internet(Boolean value) { internet = value; return this; }
        public Household phone(Boolean value) { phone = value; return this; }
        public Household devices(InformationDevice... value) {
            devices = value.length == 0 ? EnumSet.noneOf(InformationDevice.class) : EnumSet.of(value[0], value);
            return this;
        }
        public Household loudspeaker(Boolean value) { loudspeaker = value; return this; }
        public Household member(Member member) { members.add(member); return this; }

        public ClassificationInput input() {
            return new ClassificationInput(area, income, scoreA, ticks,
                    new HouseholdFacts(walls, pillars, roof, floorArea, water, latrine, waste, internet, phone, devices,
                            loudspeaker),
                    members.stream().map(Member::facts).toList());
        }
    }

    public static final class Member {
        String name;
        LocalDate birth;
        Sex sex = Sex.MALE;
        String ethnicity = "01";
        RelationToHead relation = RelationToHead.HEAD;
        LabourCapacity capacity = LabourCapacity.FULL;
        EmploymentStatus employment = EmploymentStatus.WAGE_WITH_CONTRACT;
        Boolean allowance = false;
        Boolean disabled = false;
        NutritionStatus nutrition = NutritionStatus.NORMAL;
        Boolean insured = true;
        Boolean attending = false;
        EducationLevel education = EducationLevel.UNIVERSITY;
        Boolean meritorious = false;
        Boolean sickWithoutCare = false;

        Member(String name, LocalDate birth) {
            this.name = name;
            this.birth = birth;
        }

        public Member sex(Sex value) { sex = value; return this; }
        public Member ethnicity(String value) { ethnicity = value; return this; }
        public Member relation(RelationToHead value) { relation = value; return this; }
        public Member capacity(LabourCapacity value) { capacity = value; return this; }
        public Member employment(EmploymentStatus value) { employment = value; return this; }
        public Member allowance(Boolean value) { allowance = value; return this; }
        public Member nutrition(NutritionStatus value) { nutrition = value; return this; }
        public Member insured(Boolean value) { insured = value; return this; }
        public Member attending(Boolean value) { attending = value; return this; }
        public Member education(EducationLevel value) { education = value; return this; }
        public Member meritorious(Boolean value) { meritorious = value; return this; }
        public Member sickWithoutCare(Boolean value) { sickWithoutCare = value; return this; }

        /** A child: in school, insured, well nourished, not working. */
        public Member child() {
            relation = RelationToHead.CHILD;
            capacity = LabourCapacity.NONE;
            employment = EmploymentStatus.NOT_IN_LABOUR_FORCE;
            attending = true;
            education = EducationLevel.PRIMARY;
            return this;
        }

        MemberFacts facts() {
            return new MemberFacts(name, birth, sex, ethnicity, relation, capacity, employment, allowance, disabled,
                    nutrition, insured, attending, education, meritorious, sickWithoutCare);
        }
    }
}
