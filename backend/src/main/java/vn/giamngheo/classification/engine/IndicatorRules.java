package vn.giamngheo.classification.engine;

import static vn.giamngheo.classification.engine.FactTable.in;
import static vn.giamngheo.classification.engine.FactTable.mask;

import java.util.EnumSet;
import java.util.Set;
import vn.giamngheo.classification.model.Facts.EducationLevel;
import vn.giamngheo.classification.model.Facts.EmploymentStatus;
import vn.giamngheo.classification.model.Facts.InformationDevice;
import vn.giamngheo.classification.model.Facts.LatrineType;
import vn.giamngheo.classification.model.Facts.NutritionStatus;
import vn.giamngheo.classification.model.Facts.TelecomService;
import vn.giamngheo.classification.model.Facts.WasteDisposal;
import vn.giamngheo.classification.model.Facts.WaterSource;

/**
 * The derivation of every indicator the product knows. Boundaries follow the legal wording:
 * "from 6 years" is age ≥ 6, "under 16" is age &lt; 16, "more than 50 %" is share &gt; 50 %,
 * "under 8 m²" is area &lt; 8 m². A fact that is missing makes the indicator undetermined unless
 * another member already decides it.
 */
final class IndicatorRules {

    private static final EmploymentStatus[] EMPLOYMENT = EmploymentStatus.values();
    private static final NutritionStatus[] NUTRITION = NutritionStatus.values();
    private static final EducationLevel[] EDUCATION = EducationLevel.values();

    private IndicatorRules() {
    }

    /** The household's outcome from what its members showed: a bit {@code 1 << outcome} per member. */
    static int outcome(int seen, int members) {
        if (members == 0) {
            return IndicatorRule.UNKNOWN;
        }
        if ((seen & (1 << IndicatorRule.DEPRIVED)) != 0) {
            return IndicatorRule.DEPRIVED;
        }
        return (seen & (1 << IndicatorRule.UNKNOWN)) != 0 ? IndicatorRule.UNKNOWN : IndicatorRule.NOT_DEPRIVED;
    }

    /**
     * Việc làm: a working-age member unemployed or in wage work without a contract. Each member
     * rule decides member by member (deprived, not, or unknown) without early exits, so that the
     * loop runs without unpredictable branches; the household is deprived when one member is.
     */
    static final class Employment extends IndicatorRule {
        private final int deprivedStatuses;

        Employment(Set<EmploymentStatus> deprivedStatuses) {
            this.deprivedStatuses = mask(deprivedStatuses);
        }

        private int member(FactTable m, int i) {
            byte working = m.working[m.off + i];
            byte status = m.employment[m.off + i];
            boolean counts = in(deprivedStatuses, status);
            return working == 0 || (status >= 0 && !counts) ? NOT_DEPRIVED
                    : working == 1 && counts ? DEPRIVED : UNKNOWN;
        }

        @Override
        int evaluate(FactTable m, Evidence evidence) {
            int seen = 0;
            for (int i = 0; i < m.n; i++) {
                seen |= 1 << member(m, i);
            }
            int outcome = outcome(seen, m.n);
            if (outcome == DEPRIVED && evidence != null) {
                int i = 0;
                while (member(m, i) != DEPRIVED) {
                    i++;
                }
                byte status = m.employment[m.off + i];
                evidence.set(i, Labels.memberVi(m, i) + ", " + Labels.vi(EMPLOYMENT[status]),
                        Labels.memberEn(m, i) + ", " + Labels.en(EMPLOYMENT[status]));
            }
            return outcome;
        }
    }

    /**
     * Người phụ thuộc: dependants (children under the age, or members receiving a monthly social
     * allowance) are more than the given share of the members.
     */
    static final class Dependents extends IndicatorRule {
        private final int childAgeBelow;
        private final double maxShare;
        /** The share in ten-thousandths, for exact integer comparison (50 % of 4 members is 2, not deprived). */
        private final long limit;

        Dependents(int childAgeBelow, double maxShare) {
            this.childAgeBelow = childAgeBelow;
            this.maxShare = maxShare;
            this.limit = Math.round(maxShare * 10_000);
        }

        @Override
        int evaluate(FactTable m, Evidence evidence) {
            int n = m.n;
            if (n == 0) {
                return UNKNOWN;
            }
            int dependants = 0;
            int undetermined = 0;
            for (int i = 0; i < n; i++) {
                int age = m.age[m.off + i];
                boolean dependant = (age >= 0 & age < childAgeBelow) | m.allowance[m.off + i];
                dependants += dependant ? 1 : 0;
                undetermined += !dependant & age < 0 ? 1 : 0;
            }
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
    static final class Nutrition extends IndicatorRule {
        private final int childAgeBelow;
        private final int deprivedStatuses;

        Nutrition(int childAgeBelow, Set<NutritionStatus> deprivedStatuses) {
            this.childAgeBelow = childAgeBelow;
            this.deprivedStatuses = mask(deprivedStatuses);
        }

        private int member(FactTable m, int i) {
            int age = m.age[m.off + i];
            byte status = m.nutrition[m.off + i];
            return age >= childAgeBelow || (status >= 0 && !in(deprivedStatuses, status)) ? NOT_DEPRIVED
                    : age >= 0 && status >= 0 ? DEPRIVED : UNKNOWN;
        }

        @Override
        int evaluate(FactTable m, Evidence evidence) {
            int seen = 0;
            for (int i = 0; i < m.n; i++) {
                seen |= 1 << member(m, i);
            }
            int outcome = outcome(seen, m.n);
            if (outcome == DEPRIVED && evidence != null) {
                int i = 0;
                while (member(m, i) != DEPRIVED) {
                    i++;
                }
                evidence.set(i, Labels.memberVi(m, i) + ", " + Labels.vi(NUTRITION[m.nutrition[m.off + i]]),
                        Labels.memberEn(m, i) + ", " + Labels.en(NUTRITION[m.nutrition[m.off + i]]));
            }
            return outcome;
        }
    }

    /** Bảo hiểm y tế: a member aged {@code minAge} or more has no health insurance. */
    static final class HealthInsurance extends IndicatorRule {
        private final int minAge;

        HealthInsurance(int minAge) {
            this.minAge = minAge;
        }

        private int member(FactTable m, int i) {
            int age = m.age[m.off + i];
            byte insured = m.insured[m.off + i];
            return insured == 1 || (age >= 0 && age < minAge) ? NOT_DEPRIVED
                    : insured == 0 && age >= 0 ? DEPRIVED : UNKNOWN;
        }

        @Override
        int evaluate(FactTable m, Evidence evidence) {
            int seen = 0;
            for (int i = 0; i < m.n; i++) {
                seen |= 1 << member(m, i);
            }
            int outcome = outcome(seen, m.n);
            if (outcome == DEPRIVED && evidence != null) {
                int i = 0;
                while (member(m, i) != DEPRIVED) {
                    i++;
                }
                evidence.set(i, Labels.memberVi(m, i) + ", không có thẻ BHYT",
                        Labels.memberEn(m, i) + ", has no health insurance card");
            }
            return outcome;
        }
    }

    /** Tiếp cận dịch vụ y tế (2016–2021): a member was ill and got no medical care. */
    static final class HealthServiceAccess extends IndicatorRule {
        private final int lookbackMonths;

        HealthServiceAccess(int lookbackMonths) {
            this.lookbackMonths = lookbackMonths;
        }

        private static int member(FactTable m, int i) {
            byte sick = m.sick[m.off + i];
            return sick == 1 ? DEPRIVED : sick == 0 ? NOT_DEPRIVED : UNKNOWN;
        }

        @Override
        int evaluate(FactTable m, Evidence evidence) {
            int seen = 0;
            for (int i = 0; i < m.n; i++) {
                seen |= 1 << member(m, i);
            }
            int outcome = outcome(seen, m.n);
            if (outcome == DEPRIVED && evidence != null) {
                int i = 0;
                while (member(m, i) != DEPRIVED) {
                    i++;
                }
                evidence.set(i, Labels.memberVi(m, i) + ", ốm đau nhưng không đi khám chữa bệnh trong "
                                + lookbackMonths + " tháng qua",
                        Labels.memberEn(m, i) + ", ill without medical care in the last " + lookbackMonths + " months");
            }
            return outcome;
        }
    }

    /**
     * Trình độ giáo dục của người lớn: a member aged {@code ageFrom}–{@code ageTo} (inclusive) not in
     * school or training and without the level required for their age: below
     * {@code lowerLevelBelowAge} one of the lower levels accepted, from it one of the upper ones.
     */
    static final class AdultEducation extends IndicatorRule {
        private final int ageFrom;
        private final int ageTo;
        private final int lowerLevelBelowAge;
        private final int lowerAccepted;
        private final int upperAccepted;

        AdultEducation(int ageFrom, int ageTo, int lowerLevelBelowAge, Set<EducationLevel> lowerAccepted,
                Set<EducationLevel> upperAccepted) {
            this.ageFrom = ageFrom;
            this.ageTo = ageTo;
            this.lowerLevelBelowAge = lowerLevelBelowAge;
            this.lowerAccepted = mask(lowerAccepted);
            this.upperAccepted = mask(upperAccepted);
        }

        private int accepted(int age) {
            return age < lowerLevelBelowAge ? lowerAccepted : upperAccepted;
        }

        private int member(FactTable m, int i) {
            int age = m.age[m.off + i];
            byte attending = m.attending[m.off + i];
            byte level = m.education[m.off + i];
            if ((age >= 0 && (age < ageFrom || age > ageTo)) || attending == 1) {
                return NOT_DEPRIVED;
            }
            if (age < 0) {
                return UNKNOWN;
            }
            return in(accepted(age), level) ? NOT_DEPRIVED : level < 0 || attending < 0 ? UNKNOWN : DEPRIVED;
        }

        @Override
        int evaluate(FactTable m, Evidence evidence) {
            int seen = 0;
            for (int i = 0; i < m.n; i++) {
                seen |= 1 << member(m, i);
            }
            int outcome = outcome(seen, m.n);
            if (outcome == DEPRIVED && evidence != null) {
                int i = 0;
                while (member(m, i) != DEPRIVED) {
                    i++;
                }
                int accepted = accepted(m.age[m.off + i]);
                EducationLevel lowest = EDUCATION[Integer.numberOfTrailingZeros(accepted)];
                boolean more = Integer.bitCount(accepted) > 1;
                EducationLevel level = EDUCATION[m.education[m.off + i]];
                evidence.set(i, Labels.memberVi(m, i) + ", không đi học, chưa đạt trình độ " + Labels.vi(lowest)
                                + (more ? " trở lên" : "") + " (trình độ hiện có: " + Labels.vi(level) + ")",
                        Labels.memberEn(m, i) + ", not in school and below " + Labels.en(lowest) + " (has "
                                + Labels.en(level) + ")");
            }
            return outcome;
        }
    }

    /** Tình trạng đi học của trẻ em: a child aged {@code ageFrom} to under {@code ageBelow} not in school. */
    static final class ChildSchooling extends IndicatorRule {
        private final int ageFrom;
        private final int ageBelow;

        ChildSchooling(int ageFrom, int ageBelow) {
            this.ageFrom = ageFrom;
            this.ageBelow = ageBelow;
        }

        private int member(FactTable m, int i) {
            int age = m.age[m.off + i];
            byte attending = m.attending[m.off + i];
            return attending == 1 || (age >= 0 && (age < ageFrom || age >= ageBelow)) ? NOT_DEPRIVED
                    : attending == 0 && age >= 0 ? DEPRIVED : UNKNOWN;
        }

        @Override
        int evaluate(FactTable m, Evidence evidence) {
            int seen = 0;
            for (int i = 0; i < m.n; i++) {
                seen |= 1 << member(m, i);
            }
            int outcome = outcome(seen, m.n);
            if (outcome == DEPRIVED && evidence != null) {
                int i = 0;
                while (member(m, i) != DEPRIVED) {
                    i++;
                }
                evidence.set(i, Labels.memberVi(m, i) + ", không đi học", Labels.memberEn(m, i) + ", not attending school");
            }
            return outcome;
        }
    }

    /** Chất lượng nhà ở: at least {@code minNonDurableParts} of walls, pillars and roof are not durable. */
    static final class HousingQuality extends IndicatorRule {
        private final int minNonDurableParts;

        HousingQuality(int minNonDurableParts) {
            this.minNonDurableParts = minNonDurableParts;
        }

        @Override
        int evaluate(FactTable m, Evidence evidence) {
            int nonDurable = (m.walls == 0 ? 1 : 0) + (m.pillars == 0 ? 1 : 0) + (m.roof == 0 ? 1 : 0);
            int unknown = (m.walls < 0 ? 1 : 0) + (m.pillars < 0 ? 1 : 0) + (m.roof < 0 ? 1 : 0);
            if (nonDurable >= minNonDurableParts) {
                if (evidence != null) {
                    evidence.set(-1, "Nhà có " + nonDurable + "/3 kết cấu chính (tường, cột, mái) không bền chắc",
                            nonDurable + " of the 3 main parts of the dwelling (walls, pillars, roof) are not durable");
                }
                return DEPRIVED;
            }
            return nonDurable + unknown >= minNonDurableParts ? UNKNOWN : NOT_DEPRIVED;
        }
    }

    /** Diện tích nhà ở bình quân đầu người: floor area per member under {@code minAreaPerPerson} m². */
    static final class HousingArea extends IndicatorRule {
        private final double minAreaPerPerson;

        HousingArea(double minAreaPerPerson) {
            this.minAreaPerPerson = minAreaPerPerson;
        }

        @Override
        int evaluate(FactTable m, Evidence evidence) {
            double area = m.floorArea;
            if (Double.isNaN(area) || m.n == 0) {
                return UNKNOWN;
            }
            if (area >= minAreaPerPerson * m.n) {
                return NOT_DEPRIVED;
            }
            if (evidence != null) {
                String perPerson = String.format(java.util.Locale.ROOT, "%.1f", area / m.n);
                String min = minAreaPerPerson == Math.rint(minAreaPerPerson)
                        ? String.valueOf((long) minAreaPerPerson) : String.valueOf(minAreaPerPerson);
                evidence.set(-1, "Diện tích nhà ở bình quân " + perPerson.replace('.', ',') + " m²/người, dưới "
                                + min.replace('.', ',') + " m²",
                        "Floor area of " + perPerson + " m² per person, under " + min + " m²");
            }
            return DEPRIVED;
        }
    }

    /** Nguồn nước sinh hoạt: the main water source is not one of the safe ones. */
    static final class DrinkingWater extends IndicatorRule {
        private final int safeSources;

        DrinkingWater(Set<WaterSource> safeSources) {
            this.safeSources = mask(safeSources);
        }

        @Override
        int evaluate(FactTable m, Evidence evidence) {
            if (m.water < 0) {
                return UNKNOWN;
            }
            if (in(safeSources, m.water)) {
                return NOT_DEPRIVED;
            }
            if (evidence != null) {
                WaterSource source = WaterSource.values()[m.water];
                evidence.set(-1, "Nguồn nước sinh hoạt chính (" + Labels.vi(source) + ") không hợp vệ sinh",
                        "The main water source (" + Labels.en(source) + ") is not safe");
            }
            return DEPRIVED;
        }
    }

    /** Nhà tiêu hợp vệ sinh: the household's latrine is not one of the hygienic types. */
    static final class Sanitation extends IndicatorRule {
        private final int hygienicTypes;

        Sanitation(Set<LatrineType> hygienicTypes) {
            this.hygienicTypes = mask(hygienicTypes);
        }

        @Override
        int evaluate(FactTable m, Evidence evidence) {
            if (m.latrine < 0) {
                return UNKNOWN;
            }
            if (in(hygienicTypes, m.latrine)) {
                return NOT_DEPRIVED;
            }
            if (evidence != null) {
                LatrineType type = LatrineType.values()[m.latrine];
                evidence.set(-1, "Nhà tiêu không hợp vệ sinh (" + Labels.vi(type) + ")",
                        "No hygienic latrine (" + Labels.en(type) + ")");
            }
            return DEPRIVED;
        }
    }

    /** Xử lý rác thải: household waste is not disposed of in an accepted way. */
    static final class WasteDisposalRule extends IndicatorRule {
        private final int acceptedMethods;

        WasteDisposalRule(Set<WasteDisposal> acceptedMethods) {
            this.acceptedMethods = mask(acceptedMethods);
        }

        @Override
        int evaluate(FactTable m, Evidence evidence) {
            if (m.waste < 0) {
                return UNKNOWN;
            }
            if (in(acceptedMethods, m.waste)) {
                return NOT_DEPRIVED;
            }
            if (evidence != null) {
                WasteDisposal method = WasteDisposal.values()[m.waste];
                evidence.set(-1, "Rác thải sinh hoạt không được xử lý đúng cách (" + Labels.vi(method) + ")",
                        "Household waste is not disposed of properly (" + Labels.en(method) + ")");
            }
            return DEPRIVED;
        }
    }

    /** Sử dụng dịch vụ viễn thông: no member uses any of the accepted services. */
    static final class Telecom extends IndicatorRule {
        private final Set<TelecomService> acceptedServices;
        private final boolean internetCounts;
        private final boolean phoneCounts;

        Telecom(Set<TelecomService> acceptedServices) {
            this.acceptedServices = EnumSet.copyOf(acceptedServices.isEmpty()
                    ? EnumSet.noneOf(TelecomService.class) : acceptedServices);
            this.internetCounts = acceptedServices.contains(TelecomService.INTERNET);
            this.phoneCounts = acceptedServices.contains(TelecomService.PHONE);
        }

        @Override
        int evaluate(FactTable m, Evidence evidence) {
            if ((internetCounts && m.internet == 1) || (phoneCounts && m.phone == 1)) {
                return NOT_DEPRIVED;
            }
            if ((internetCounts && m.internet < 0) || (phoneCounts && m.phone < 0)) {
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
    static final class InformationAccess extends IndicatorRule {
        private final Set<InformationDevice> devices;
        private final int deviceMask;
        private final boolean loudspeakerCounts;

        InformationAccess(Set<InformationDevice> devices, boolean loudspeakerCounts) {
            this.devices = devices.isEmpty() ? EnumSet.noneOf(InformationDevice.class) : EnumSet.copyOf(devices);
            this.deviceMask = mask(devices);
            this.loudspeakerCounts = loudspeakerCounts;
        }

        @Override
        int evaluate(FactTable m, Evidence evidence) {
            if (m.devices < 0) {
                return UNKNOWN;
            }
            if ((m.devices & deviceMask) != 0) {
                return NOT_DEPRIVED;
            }
            if (loudspeakerCounts) {
                if (m.loudspeaker == 1) {
                    return NOT_DEPRIVED;
                }
                if (m.loudspeaker < 0) {
                    return UNKNOWN;
                }
            }
            if (evidence != null) {
                evidence.set(-1, "Hộ không có phương tiện nào trong số: " + Labels.vi(devices, ", ")
                                + (loudspeakerCounts ? " và không nghe được loa truyền thanh" : ""),
                        "The household has none of: " + Labels.en(devices, ", ")
                                + (loudspeakerCounts ? ", and hears no community loudspeaker" : ""));
            }
            return DEPRIVED;
        }
    }
}
