package vn.giamngheo.classification.engine;

import java.util.EnumSet;
import java.util.Set;
import vn.giamngheo.classification.model.Facts.EducationLevel;
import vn.giamngheo.classification.model.Facts.EmploymentStatus;
import vn.giamngheo.classification.model.Facts.InformationDevice;
import vn.giamngheo.classification.model.Facts.LabourCapacity;
import vn.giamngheo.classification.model.Facts.LatrineType;
import vn.giamngheo.classification.model.Facts.NutritionStatus;
import vn.giamngheo.classification.model.Facts.Sex;
import vn.giamngheo.classification.model.Facts.TelecomService;
import vn.giamngheo.classification.model.Facts.WasteDisposal;
import vn.giamngheo.classification.model.Facts.WaterSource;
import vn.giamngheo.classification.model.HouseholdFacts;
import vn.giamngheo.classification.model.MemberFacts;
import vn.giamngheo.classification.model.StandardDefinition.WorkingAge;

/**
 * The derivation of every indicator the product knows. Boundaries follow the legal wording:
 * "from 6 years" is age ≥ 6, "under 16" is age &lt; 16, "more than 50 %" is share &gt; 50 %,
 * "under 8 m²" is area &lt; 8 m².
 */
final class IndicatorRules {

    private IndicatorRules() {
    }

    /** Whether a member is of working age; -1 when the age or sex needed to tell is missing. */
    static int workingAge(WorkingAge range, MemberFacts member, int age) {
        if (age < 0) {
            return -1;
        }
        if (age < range.from()) {
            return 0;
        }
        Sex sex = member.sex();
        if (sex == null) {
            int lower = Math.min(range.belowMale(), range.belowFemale());
            int upper = Math.max(range.belowMale(), range.belowFemale());
            return age < lower ? 1 : age >= upper ? 0 : -1;
        }
        return age < (sex == Sex.MALE ? range.belowMale() : range.belowFemale()) ? 1 : 0;
    }

    /** Việc làm: a working-age member unemployed or in wage work without a contract. */
    record Employment(WorkingAge range, Set<EmploymentStatus> deprivedStatuses) implements IndicatorRule {

        @Override
        public int evaluate(HouseholdFacts h, MemberFacts[] members, int[] ages, Evidence evidence) {
            if (members.length == 0) {
                return UNKNOWN;
            }
            boolean unknown = false;
            for (int i = 0; i < members.length; i++) {
                EmploymentStatus status = members[i].employment();
                int working = workingAge(range, members[i], ages[i]);
                if (working == 0) {
                    continue;
                }
                if (status == null) {
                    unknown = true;
                } else if (deprivedStatuses.contains(status)) {
                    if (working == 1) {
                        if (evidence != null) {
                            evidence.set(i, Labels.memberVi(members, ages, i) + ", " + Labels.vi(status),
                                    Labels.memberEn(members, ages, i) + ", " + Labels.en(status));
                        }
                        return DEPRIVED;
                    }
                    unknown = true;
                }
            }
            return unknown ? UNKNOWN : NOT_DEPRIVED;
        }
    }

    /**
     * Người phụ thuộc: dependants (children under the age, or members receiving a monthly social
     * allowance) are more than the given share of the members.
     */
    record Dependents(int childAgeBelow, double maxShare) implements IndicatorRule {

        @Override
        public int evaluate(HouseholdFacts h, MemberFacts[] members, int[] ages, Evidence evidence) {
            int n = members.length;
            if (n == 0) {
                return UNKNOWN;
            }
            int dependants = 0;
            int undetermined = 0;
            for (int i = 0; i < n; i++) {
                boolean allowance = Boolean.TRUE.equals(members[i].monthlySocialAllowance());
                if ((ages[i] >= 0 && ages[i] < childAgeBelow) || allowance) {
                    dependants++;
                } else if (ages[i] < 0) {
                    undetermined++;
                }
            }
            // share > maxShare, in exact integer arithmetic (50 % of 4 members is 2, not deprived)
            long limit = Math.round(maxShare * 10_000);
            if (dependants * 10_000L > limit * n) {
                if (evidence != null) {
                    evidence.set(-1, dependants + "/" + n + " thành viên là người phụ thuộc (trẻ em dưới "
                            + childAgeBelow + " tuổi hoặc người hưởng trợ cấp xã hội hằng tháng), trên "
                            + percent(maxShare) + " số thành viên",
                            dependants + " of " + n + " members are dependants (children under " + childAgeBelow
                                    + " or receiving a monthly social allowance), more than " + percent(maxShare));
                }
                return DEPRIVED;
            }
            return (dependants + undetermined) * 10_000L > limit * n ? UNKNOWN : NOT_DEPRIVED;
        }

        private static String percent(double share) {
            double p = share * 100;
            return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + " %";
        }
    }

    /** Dinh dưỡng: a child under the age is stunted or underweight. */
    record Nutrition(int childAgeBelow, Set<NutritionStatus> deprivedStatuses) implements IndicatorRule {

        @Override
        public int evaluate(HouseholdFacts h, MemberFacts[] members, int[] ages, Evidence evidence) {
            if (members.length == 0) {
                return UNKNOWN;
            }
            boolean unknown = false;
            for (int i = 0; i < members.length; i++) {
                NutritionStatus status = members[i].nutrition();
                boolean child = ages[i] >= 0 && ages[i] < childAgeBelow;
                if (ages[i] >= childAgeBelow) {
                    continue;
                }
                if (status == null) {
                    unknown |= child || ages[i] < 0;
                } else if (deprivedStatuses.contains(status)) {
                    if (child) {
                        if (evidence != null) {
                            evidence.set(i, Labels.memberVi(members, ages, i) + ", " + Labels.vi(status),
                                    Labels.memberEn(members, ages, i) + ", " + Labels.en(status));
                        }
                        return DEPRIVED;
                    }
                    unknown = true;
                }
            }
            return unknown ? UNKNOWN : NOT_DEPRIVED;
        }
    }

    /** Bảo hiểm y tế: a member aged {@code minAge} or more has no health insurance. */
    record HealthInsurance(int minAge) implements IndicatorRule {

        @Override
        public int evaluate(HouseholdFacts h, MemberFacts[] members, int[] ages, Evidence evidence) {
            if (members.length == 0) {
                return UNKNOWN;
            }
            boolean unknown = false;
            for (int i = 0; i < members.length; i++) {
                Boolean insured = members[i].healthInsurance();
                if (Boolean.TRUE.equals(insured) || (ages[i] >= 0 && ages[i] < minAge)) {
                    continue;
                }
                if (insured == null || ages[i] < 0) {
                    unknown = true;
                    continue;
                }
                if (evidence != null) {
                    evidence.set(i, Labels.memberVi(members, ages, i) + ", không có thẻ BHYT",
                            Labels.memberEn(members, ages, i) + ", has no health insurance card");
                }
                return DEPRIVED;
            }
            return unknown ? UNKNOWN : NOT_DEPRIVED;
        }
    }

    /** Tiếp cận dịch vụ y tế (2016–2021): a member was ill and got no medical care. */
    record HealthServiceAccess(int lookbackMonths) implements IndicatorRule {

        @Override
        public int evaluate(HouseholdFacts h, MemberFacts[] members, int[] ages, Evidence evidence) {
            if (members.length == 0) {
                return UNKNOWN;
            }
            boolean unknown = false;
            for (int i = 0; i < members.length; i++) {
                Boolean untreated = members[i].sickWithoutCare();
                if (Boolean.TRUE.equals(untreated)) {
                    if (evidence != null) {
                        evidence.set(i, Labels.memberVi(members, ages, i) + ", ốm đau nhưng không đi khám chữa bệnh"
                                + " trong " + lookbackMonths + " tháng qua",
                                Labels.memberEn(members, ages, i) + ", ill without medical care in the last "
                                        + lookbackMonths + " months");
                    }
                    return DEPRIVED;
                }
                unknown |= untreated == null;
            }
            return unknown ? UNKNOWN : NOT_DEPRIVED;
        }
    }

    /**
     * Trình độ giáo dục của người lớn: a member aged {@code ageFrom}–{@code ageTo} (inclusive) not in
     * school or training and without the level required for their age: below
     * {@code lowerLevelBelowAge} one of {@code lowerLevelAccepted}, from it one of
     * {@code upperLevelAccepted}.
     */
    record AdultEducation(int ageFrom, int ageTo, int lowerLevelBelowAge, Set<EducationLevel> lowerLevelAccepted,
            Set<EducationLevel> upperLevelAccepted) implements IndicatorRule {

        @Override
        public int evaluate(HouseholdFacts h, MemberFacts[] members, int[] ages, Evidence evidence) {
            if (members.length == 0) {
                return UNKNOWN;
            }
            boolean unknown = false;
            for (int i = 0; i < members.length; i++) {
                int age = ages[i];
                MemberFacts m = members[i];
                if (age >= 0 && (age < ageFrom || age > ageTo)) {
                    continue;
                }
                if (Boolean.TRUE.equals(m.attendingSchool())) {
                    continue;
                }
                if (age < 0) {
                    unknown = true;
                    continue;
                }
                Set<EducationLevel> accepted = age < lowerLevelBelowAge ? lowerLevelAccepted : upperLevelAccepted;
                EducationLevel level = m.highestEducation();
                if (level != null && accepted.contains(level)) {
                    continue;
                }
                if (level == null || m.attendingSchool() == null) {
                    unknown = true;
                    continue;
                }
                if (evidence != null) {
                    EducationLevel lowest = accepted.stream().min(Enum::compareTo).orElse(EducationLevel.NONE);
                    evidence.set(i, Labels.memberVi(members, ages, i) + ", không đi học, chưa đạt trình độ "
                                    + Labels.vi(lowest) + (accepted.size() > 1 ? " trở lên" : "")
                                    + " (trình độ hiện có: " + Labels.vi(level) + ")",
                            Labels.memberEn(members, ages, i) + ", not in school and below " + Labels.en(lowest)
                                    + " (has " + Labels.en(level) + ")");
                }
                return DEPRIVED;
            }
            return unknown ? UNKNOWN : NOT_DEPRIVED;
        }
    }

    /** Tình trạng đi học của trẻ em: a child aged {@code ageFrom} to under {@code ageBelow} not in school. */
    record ChildSchooling(int ageFrom, int ageBelow) implements IndicatorRule {

        @Override
        public int evaluate(HouseholdFacts h, MemberFacts[] members, int[] ages, Evidence evidence) {
            if (members.length == 0) {
                return UNKNOWN;
            }
            boolean unknown = false;
            for (int i = 0; i < members.length; i++) {
                int age = ages[i];
                Boolean attending = members[i].attendingSchool();
                if (Boolean.TRUE.equals(attending) || (age >= 0 && (age < ageFrom || age >= ageBelow))) {
                    continue;
                }
                if (attending == null || age < 0) {
                    unknown = true;
                    continue;
                }
                if (evidence != null) {
                    evidence.set(i, Labels.memberVi(members, ages, i) + ", không đi học",
                            Labels.memberEn(members, ages, i) + ", not attending school");
                }
                return DEPRIVED;
            }
            return unknown ? UNKNOWN : NOT_DEPRIVED;
        }
    }

    /** Chất lượng nhà ở: at least {@code minNonDurableParts} of walls, pillars and roof are not durable. */
    record HousingQuality(int minNonDurableParts) implements IndicatorRule {

        @Override
        public int evaluate(HouseholdFacts h, MemberFacts[] members, int[] ages, Evidence evidence) {
            int nonDurable = count(h.wallsDurable(), false) + count(h.pillarsDurable(), false)
                    + count(h.roofDurable(), false);
            int unknown = count(h.wallsDurable(), null) + count(h.pillarsDurable(), null)
                    + count(h.roofDurable(), null);
            if (nonDurable >= minNonDurableParts) {
                if (evidence != null) {
                    evidence.set(-1, "Nhà có " + nonDurable + "/3 kết cấu chính (tường, cột, mái) không bền chắc",
                            nonDurable + " of the 3 main parts of the dwelling (walls, pillars, roof) are not durable");
                }
                return DEPRIVED;
            }
            return nonDurable + unknown >= minNonDurableParts ? UNKNOWN : NOT_DEPRIVED;
        }

        private static int count(Boolean durable, Boolean wanted) {
            return java.util.Objects.equals(durable, wanted) ? 1 : 0;
        }
    }

    /** Diện tích nhà ở bình quân đầu người: floor area per member under {@code minAreaPerPerson} m². */
    record HousingArea(double minAreaPerPerson) implements IndicatorRule {

        @Override
        public int evaluate(HouseholdFacts h, MemberFacts[] members, int[] ages, Evidence evidence) {
            if (h.floorAreaM2() == null || members.length == 0) {
                return UNKNOWN;
            }
            double area = h.floorAreaM2().doubleValue();
            if (area < minAreaPerPerson * members.length) {
                if (evidence != null) {
                    String perPerson = String.format(java.util.Locale.ROOT, "%.1f", area / members.length);
                    String min = minAreaPerPerson == Math.rint(minAreaPerPerson)
                            ? String.valueOf((long) minAreaPerPerson) : String.valueOf(minAreaPerPerson);
                    evidence.set(-1, "Diện tích nhà ở bình quân " + perPerson.replace('.', ',') + " m²/người, dưới "
                                    + min.replace('.', ',') + " m²",
                            "Floor area of " + perPerson + " m² per person, under " + min + " m²");
                }
                return DEPRIVED;
            }
            return NOT_DEPRIVED;
        }
    }

    /** Nguồn nước sinh hoạt: the main water source is not one of the safe ones. */
    record DrinkingWater(Set<WaterSource> safeSources) implements IndicatorRule {

        @Override
        public int evaluate(HouseholdFacts h, MemberFacts[] members, int[] ages, Evidence evidence) {
            WaterSource source = h.waterSource();
            if (source == null) {
                return UNKNOWN;
            }
            if (safeSources.contains(source)) {
                return NOT_DEPRIVED;
            }
            if (evidence != null) {
                evidence.set(-1, "Nguồn nước sinh hoạt chính (" + Labels.vi(source) + ") không hợp vệ sinh",
                        "The main water source (" + Labels.en(source) + ") is not safe");
            }
            return DEPRIVED;
        }
    }

    /** Nhà tiêu hợp vệ sinh: the household's latrine is not one of the hygienic types. */
    record Sanitation(Set<LatrineType> hygienicTypes) implements IndicatorRule {

        @Override
        public int evaluate(HouseholdFacts h, MemberFacts[] members, int[] ages, Evidence evidence) {
            LatrineType type = h.latrineType();
            if (type == null) {
                return UNKNOWN;
            }
            if (hygienicTypes.contains(type)) {
                return NOT_DEPRIVED;
            }
            if (evidence != null) {
                evidence.set(-1, "Nhà tiêu không hợp vệ sinh (" + Labels.vi(type) + ")",
                        "No hygienic latrine (" + Labels.en(type) + ")");
            }
            return DEPRIVED;
        }
    }

    /** Xử lý rác thải: household waste is not disposed of in an accepted way. */
    record WasteDisposalRule(Set<WasteDisposal> acceptedMethods) implements IndicatorRule {

        @Override
        public int evaluate(HouseholdFacts h, MemberFacts[] members, int[] ages, Evidence evidence) {
            WasteDisposal method = h.wasteDisposal();
            if (method == null) {
                return UNKNOWN;
            }
            if (acceptedMethods.contains(method)) {
                return NOT_DEPRIVED;
            }
            if (evidence != null) {
                evidence.set(-1, "Rác thải sinh hoạt không được xử lý đúng cách (" + Labels.vi(method) + ")",
                        "Household waste is not disposed of properly (" + Labels.en(method) + ")");
            }
            return DEPRIVED;
        }
    }

    /** Sử dụng dịch vụ viễn thông: no member uses any of the accepted services. */
    record Telecom(Set<TelecomService> acceptedServices) implements IndicatorRule {

        @Override
        public int evaluate(HouseholdFacts h, MemberFacts[] members, int[] ages, Evidence evidence) {
            boolean unknown = false;
            for (TelecomService service : acceptedServices) {
                Boolean used = service == TelecomService.INTERNET ? h.internetUse() : h.phoneSubscription();
                if (Boolean.TRUE.equals(used)) {
                    return NOT_DEPRIVED;
                }
                unknown |= used == null;
            }
            if (unknown) {
                return UNKNOWN;
            }
            if (evidence != null) {
                evidence.set(-1, "Không thành viên nào sử dụng " + Labels.vi(acceptedServices, " hoặc "),
                        "No member uses " + Labels.en(acceptedServices, " or "));
            }
            return DEPRIVED;
        }
    }

    /** Phương tiện tiếp cận thông tin: the household has none of the devices (nor the loudspeaker, where it counts). */
    record InformationAccess(Set<InformationDevice> devices, boolean loudspeakerCounts) implements IndicatorRule {

        @Override
        public int evaluate(HouseholdFacts h, MemberFacts[] members, int[] ages, Evidence evidence) {
            Set<InformationDevice> owned = h.informationDevices();
            if (owned == null) {
                return UNKNOWN;
            }
            for (InformationDevice device : owned) {
                if (devices.contains(device)) {
                    return NOT_DEPRIVED;
                }
            }
            if (loudspeakerCounts) {
                if (Boolean.TRUE.equals(h.communityLoudspeaker())) {
                    return NOT_DEPRIVED;
                }
                if (h.communityLoudspeaker() == null) {
                    return UNKNOWN;
                }
            }
            if (evidence != null) {
                EnumSet<InformationDevice> sorted = EnumSet.copyOf(devices);
                evidence.set(-1, "Hộ không có phương tiện nào trong số: " + Labels.vi(sorted, ", ")
                                + (loudspeakerCounts ? " và không nghe được loa truyền thanh" : ""),
                        "The household has none of: " + Labels.en(sorted, ", ")
                                + (loudspeakerCounts ? ", and hears no community loudspeaker" : ""));
            }
            return DEPRIVED;
        }
    }

    /** Whether a member can work, for the no-labour-capacity subgroup: 1 yes, 0 no, -1 unknown. */
    static int ableToWork(WorkingAge range, MemberFacts member, int age) {
        int working = workingAge(range, member, age);
        LabourCapacity capacity = member.labourCapacity();
        if (working == 0 || capacity == LabourCapacity.NONE) {
            return 0;
        }
        if (working == -1 || capacity == null) {
            return -1;
        }
        return 1;
    }
}
