package vn.giamngheo.classification.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.classification.model.ClassificationInput;
import vn.giamngheo.classification.model.Facts;
import vn.giamngheo.classification.model.Facts.RelationToHead;
import vn.giamngheo.classification.model.HouseholdFacts;
import vn.giamngheo.classification.model.MemberFacts;

/**
 * Many households held column by column in primitive arrays, for classifying in bulk (a whole
 * province re-classified, the same commune under several standards): a household and its members
 * take some 60 bytes read in sequence instead of a graph of objects, and no object is created per
 * household except the result. Immutable once built.
 */
public final class HouseholdColumns {

    static final long NO_INCOME = Long.MIN_VALUE;
    static final int NO_SCORE = Integer.MIN_VALUE;
    static final short NO_BIRTH = Short.MIN_VALUE;
    private static final AreaType[] AREA_TYPES = AreaType.values();

    private final int size;
    private final byte[] areaType;
    private final long[] income;
    private final int[] scoreA;
    private final Map<String, Boolean>[] ticks;
    private final byte[] walls;
    private final byte[] pillars;
    private final byte[] roof;
    private final double[] floorArea;
    private final byte[] water;
    private final byte[] latrine;
    private final byte[] waste;
    private final byte[] internet;
    private final byte[] phone;
    private final int[] devices;
    private final byte[] loudspeaker;
    /** Members of household i are at positions memberStart[i] to memberStart[i + 1] - 1. */
    private final int[] memberStart;
    /** Birth year, and month × 100 + day; NO_BIRTH when unknown. */
    private final short[] birthYear;
    private final short[] birthMonthDay;
    private final byte[] sex;
    private final byte[] employment;
    private final byte[] capacity;
    private final byte[] nutrition;
    private final byte[] education;
    private final byte[] insured;
    private final byte[] attending;
    private final byte[] sick;
    private final boolean[] allowance;
    /** Bit 1: meritorious; bit 2: head of household; bit 3: ethnic minority; bit 4: ethnicity known. */
    private final byte[] flags;

    @SuppressWarnings("unchecked")
    private HouseholdColumns(int size, int members) {
        this.size = size;
        areaType = new byte[size];
        income = new long[size];
        scoreA = new int[size];
        ticks = new Map[size];
        walls = new byte[size];
        pillars = new byte[size];
        roof = new byte[size];
        floorArea = new double[size];
        water = new byte[size];
        latrine = new byte[size];
        waste = new byte[size];
        internet = new byte[size];
        phone = new byte[size];
        devices = new int[size];
        loudspeaker = new byte[size];
        memberStart = new int[size + 1];
        birthYear = new short[members];
        birthMonthDay = new short[members];
        sex = new byte[members];
        employment = new byte[members];
        capacity = new byte[members];
        nutrition = new byte[members];
        education = new byte[members];
        insured = new byte[members];
        attending = new byte[members];
        sick = new byte[members];
        allowance = new boolean[members];
        flags = new byte[members];
    }

    /** Copies households into columns. */
    public static HouseholdColumns of(List<ClassificationInput> households) {
        int members = households.stream().mapToInt(h -> h.members() == null ? 0 : h.members().size()).sum();
        HouseholdColumns c = new HouseholdColumns(households.size(), members);
        int m = 0;
        for (int i = 0; i < households.size(); i++) {
            ClassificationInput in = households.get(i);
            c.areaType[i] = FactTable.ordinal(in.areaType());
            c.income[i] = in.monthlyIncomePerCapita() == null ? NO_INCOME : in.monthlyIncomePerCapita();
            c.scoreA[i] = in.scoreA() == null ? NO_SCORE : in.scoreA();
            c.ticks[i] = in.givenDeprivations() == null || in.givenDeprivations().isEmpty()
                    ? null : Map.copyOf(in.givenDeprivations());
            HouseholdFacts h = in.household() == null ? HouseholdFacts.NONE : in.household();
            c.walls[i] = FactTable.tri(h.wallsDurable());
            c.pillars[i] = FactTable.tri(h.pillarsDurable());
            c.roof[i] = FactTable.tri(h.roofDurable());
            BigDecimal area = h.floorAreaM2();
            c.floorArea[i] = area == null ? Double.NaN : area.doubleValue();
            c.water[i] = FactTable.ordinal(h.waterSource());
            c.latrine[i] = FactTable.ordinal(h.latrineType());
            c.waste[i] = FactTable.ordinal(h.wasteDisposal());
            c.internet[i] = FactTable.tri(h.internetUse());
            c.phone[i] = FactTable.tri(h.phoneSubscription());
            c.devices[i] = h.informationDevices() == null ? -1 : FactTable.mask(h.informationDevices());
            c.loudspeaker[i] = FactTable.tri(h.communityLoudspeaker());
            c.memberStart[i] = m;
            if (in.members() != null) {
                for (MemberFacts f : in.members()) {
                    LocalDate b = f.birthDate();
                    c.birthYear[m] = b == null ? NO_BIRTH : (short) b.getYear();
                    c.birthMonthDay[m] = b == null ? 0 : (short) (b.getMonthValue() * 100 + b.getDayOfMonth());
                    c.sex[m] = FactTable.ordinal(f.sex());
                    c.employment[m] = FactTable.ordinal(f.employment());
                    c.capacity[m] = FactTable.ordinal(f.labourCapacity());
                    c.nutrition[m] = FactTable.ordinal(f.nutrition());
                    c.education[m] = FactTable.ordinal(f.highestEducation());
                    c.insured[m] = FactTable.tri(f.healthInsurance());
                    c.attending[m] = FactTable.tri(f.attendingSchool());
                    c.sick[m] = FactTable.tri(f.sickWithoutCare());
                    c.allowance[m] = Boolean.TRUE.equals(f.monthlySocialAllowance());
                    c.flags[m] = (byte) ((Boolean.TRUE.equals(f.meritorious()) ? 2 : 0)
                            | (f.relationToHead() == RelationToHead.HEAD ? 4 : 0)
                            | (f.ethnicity() != null && !Facts.KINH.equals(f.ethnicity()) ? 8 : 0)
                            | (f.ethnicity() != null ? 16 : 0));
                    m++;
                }
            }
        }
        c.memberStart[households.size()] = m;
        return c;
    }

    public int size() {
        return size;
    }

    /** Members in the batch. */
    public int memberCount() {
        return memberStart[size];
    }

    AreaType areaType(int i) {
        return areaType[i] < 0 ? null : AREA_TYPES[areaType[i]];
    }

    /** Measured income, or {@link #NO_INCOME}. */
    long income(int i) {
        return income[i];
    }

    /** Score A, or {@link #NO_SCORE}. */
    int scoreA(int i) {
        return scoreA[i];
    }

    Map<String, Boolean> ticks(int i) {
        return ticks[i];
    }

    /**
     * Points a table at the columns for bulk classification: every member's age at the reference
     * date is computed once for the batch, the other member facts are read in place.
     */
    void attach(FactTable t, LocalDate referenceDate) {
        int members = memberCount();
        int refYear = referenceDate.getYear();
        int refMonthDay = referenceDate.getMonthValue() * 100 + referenceDate.getDayOfMonth();
        int[] ages = new int[members];
        for (int m = 0; m < members; m++) {
            short year = birthYear[m];
            int years = year == NO_BIRTH ? -1 : refYear - year - (refMonthDay < birthMonthDay[m] ? 1 : 0);
            ages[m] = years < 0 ? -1 : years;
        }
        t.age = ages;
        t.sex = sex;
        t.employment = employment;
        t.capacity = capacity;
        t.nutrition = nutrition;
        t.education = education;
        t.insured = insured;
        t.attending = attending;
        t.sick = sick;
        t.allowance = allowance;
        t.working = new byte[members];
        t.members = FactTable.NO_MEMBERS;
    }

    /** Moves a table attached to these columns to household {@code i}. */
    void bind(FactTable t, int i) {
        t.walls = walls[i];
        t.pillars = pillars[i];
        t.roof = roof[i];
        t.floorArea = floorArea[i];
        t.water = water[i];
        t.latrine = latrine[i];
        t.waste = waste[i];
        t.internet = internet[i];
        t.phone = phone[i];
        t.devices = devices[i];
        t.loudspeaker = loudspeaker[i];
        int from = memberStart[i];
        int to = memberStart[i + 1];
        t.off = from;
        t.n = to - from;
        boolean meritorious = false;
        byte headMinority = FactTable.UNKNOWN;
        for (int m = from; m < to; m++) {
            byte f = flags[m];
            meritorious |= (f & 2) != 0;
            if (headMinority == FactTable.UNKNOWN && (f & 20) == 20) {
                headMinority = (byte) ((f & 8) != 0 ? 1 : 0);
            }
        }
        t.meritorious = meritorious;
        t.headMinority = headMinority;
    }

    /** Reads household {@code i} into a table. */
    void load(int i, FactTable t, LocalDate referenceDate) {
        t.walls = walls[i];
        t.pillars = pillars[i];
        t.roof = roof[i];
        t.floorArea = floorArea[i];
        t.water = water[i];
        t.latrine = latrine[i];
        t.waste = waste[i];
        t.internet = internet[i];
        t.phone = phone[i];
        t.devices = devices[i];
        t.loudspeaker = loudspeaker[i];
        int from = memberStart[i];
        int n = memberStart[i + 1] - from;
        t.resize(n);
        t.members = FactTable.NO_MEMBERS;
        int refYear = referenceDate.getYear();
        int refMonthDay = referenceDate.getMonthValue() * 100 + referenceDate.getDayOfMonth();
        for (int k = 0; k < n; k++) {
            int m = from + k;
            short year = birthYear[m];
            int years = -1;
            if (year != NO_BIRTH) {
                years = refYear - year - (refMonthDay < birthMonthDay[m] ? 1 : 0);
            }
            t.age[k] = years < 0 ? -1 : years;
            t.sex[k] = sex[m];
            t.employment[k] = employment[m];
            t.capacity[k] = capacity[m];
            t.nutrition[k] = nutrition[m];
            t.education[k] = education[m];
            t.insured[k] = insured[m];
            t.attending[k] = attending[m];
            t.sick[k] = sick[m];
            t.allowance[k] = allowance[m];
            byte f = flags[m];
            t.meritorious |= (f & 2) != 0;
            if (t.headMinority == FactTable.UNKNOWN && (f & 4) != 0 && (f & 16) != 0) {
                t.headMinority = (byte) ((f & 8) != 0 ? 1 : 0);
            }
        }
    }
}
