package vn.giamngheo.classification.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.giamngheo.classification.model.ClassificationInput;
import vn.giamngheo.classification.model.Facts;
import vn.giamngheo.classification.model.Facts.RelationToHead;
import vn.giamngheo.classification.model.HouseholdFacts;
import vn.giamngheo.classification.model.MemberFacts;
import vn.giamngheo.classification.model.StandardDefinition.WorkingAge;

/**
 * The facts of one household read once into flat fields and arrays: ages in completed years at
 * the reference date, enums as ordinals, yes/no facts as 1/0 with -1 for unknown. Every indicator
 * rule reads this table, never the objects, so each household is walked once and the rules scan
 * primitives. Filled either from the objects of a request or from a columnar batch
 * ({@link HouseholdColumns}); one table per thread is reused from household to household.
 */
final class FactTable {

    static final byte UNKNOWN = -1;
    private static final byte MALE = (byte) Facts.Sex.MALE.ordinal();
    private static final byte NO_CAPACITY = (byte) Facts.LabourCapacity.NONE.ordinal();

    private static final ThreadLocal<FactTable> LOCAL = ThreadLocal.withInitial(FactTable::new);
    static final MemberFacts[] NO_MEMBERS = new MemberFacts[0];

    // ---- household
    byte walls;
    byte pillars;
    byte roof;
    /** Floor area in m²; NaN when unknown. */
    double floorArea;
    byte water;
    byte latrine;
    byte waste;
    byte internet;
    byte phone;
    /** Information devices as a bit per ordinal; -1 when unknown. */
    int devices;
    byte loudspeaker;

    // ---- members: n of them, at positions off to off + n - 1 of the arrays (the arrays are the
    // table's own when read from objects, the batch's columns when classifying in bulk)
    int n;
    int off;
    /** The arrays are a batch's columns: never written through {@link #resize}. */
    private boolean bound;
    /** The member objects, for names in explanations; empty when read from columns. */
    MemberFacts[] members = NO_MEMBERS;
    int[] age = new int[16];
    byte[] sex = new byte[16];
    byte[] employment = new byte[16];
    byte[] capacity = new byte[16];
    byte[] nutrition = new byte[16];
    byte[] education = new byte[16];
    byte[] insured = new byte[16];
    byte[] attending = new byte[16];
    byte[] sick = new byte[16];
    boolean[] allowance = new boolean[16];
    /** Of working age under the standard: 1 yes, 0 no, -1 unknown (see {@link #derive}). */
    byte[] working = new byte[16];
    /** No working-age member able to work: 1 yes, 0 no, -1 unknown (see {@link #derive}). */
    byte noLabourCapacity;
    // ---- what the classifier found (written by the classifier)
    long givenMask;
    long deprivedMask;
    long unknownMask;
    boolean measuredIncome;

    /** Some member is a person with meritorious service. */
    boolean meritorious;
    /** The head belongs to an ethnic minority: 1, is Kinh: 0, unknown or no head: -1. */
    byte headMinority;

    /** The calling thread's table, holding the given household. */
    static FactTable of(ClassificationInput input, LocalDate referenceDate) {
        FactTable table = LOCAL.get();
        table.load(input, referenceDate);
        return table;
    }

    /** The calling thread's table, holding household {@code index} of a batch. */
    static FactTable of(HouseholdColumns batch, int index, LocalDate referenceDate) {
        FactTable table = LOCAL.get();
        batch.load(index, table, referenceDate);
        return table;
    }

    /**
     * A table over a batch's columns, for classifying the whole batch: members are not copied, the
     * table points at the columns and moves from household to household ({@link HouseholdColumns#bind}).
     */
    static FactTable over(HouseholdColumns batch, LocalDate referenceDate) {
        FactTable table = new FactTable();
        table.bound = true;
        batch.attach(table, referenceDate);
        return table;
    }

    /** A table of its own (explanations keep it beyond the next household). */
    static FactTable fresh(ClassificationInput input, LocalDate referenceDate) {
        FactTable table = new FactTable();
        table.load(input, referenceDate);
        return table;
    }

    private void load(ClassificationInput input, LocalDate referenceDate) {
        HouseholdFacts h = input.household() == null ? HouseholdFacts.NONE : input.household();
        walls = tri(h.wallsDurable());
        pillars = tri(h.pillarsDurable());
        roof = tri(h.roofDurable());
        BigDecimal area = h.floorAreaM2();
        floorArea = area == null ? Double.NaN : area.doubleValue();
        water = ordinal(h.waterSource());
        latrine = ordinal(h.latrineType());
        waste = ordinal(h.wasteDisposal());
        internet = tri(h.internetUse());
        phone = tri(h.phoneSubscription());
        devices = h.informationDevices() == null ? -1 : mask(h.informationDevices());
        loudspeaker = tri(h.communityLoudspeaker());

        List<MemberFacts> list = input.members();
        members = list == null || list.isEmpty() ? NO_MEMBERS : list.toArray(NO_MEMBERS);
        resize(members.length);
        int refYear = referenceDate.getYear();
        int refMonthDay = referenceDate.getMonthValue() * 100 + referenceDate.getDayOfMonth();
        for (int i = 0; i < n; i++) {
            MemberFacts m = members[i];
            LocalDate birth = m.birthDate();
            int years = -1;
            if (birth != null) {
                years = refYear - birth.getYear();
                if (refMonthDay < birth.getMonthValue() * 100 + birth.getDayOfMonth()) {
                    years--;
                }
            }
            age[i] = years < 0 ? -1 : years;
            sex[i] = ordinal(m.sex());
            employment[i] = ordinal(m.employment());
            capacity[i] = ordinal(m.labourCapacity());
            nutrition[i] = ordinal(m.nutrition());
            education[i] = ordinal(m.highestEducation());
            insured[i] = tri(m.healthInsurance());
            attending[i] = tri(m.attendingSchool());
            sick[i] = tri(m.sickWithoutCare());
            allowance[i] = Boolean.TRUE.equals(m.monthlySocialAllowance());
            meritorious |= Boolean.TRUE.equals(m.meritorious());
            if (headMinority == UNKNOWN && m.relationToHead() == RelationToHead.HEAD && m.ethnicity() != null) {
                headMinority = (byte) (Facts.KINH.equals(m.ethnicity()) ? 0 : 1);
            }
        }
    }

    /** Makes room for {@code count} members in the table's own arrays and clears the per-household summaries. */
    void resize(int count) {
        if (bound) {
            throw new IllegalStateException("A table over a batch's columns has no arrays of its own");
        }
        n = count;
        off = 0;
        meritorious = false;
        headMinority = UNKNOWN;
        if (count > age.length) {
            int size = Math.max(count, age.length * 2);
            age = new int[size];
            sex = new byte[size];
            employment = new byte[size];
            capacity = new byte[size];
            nutrition = new byte[size];
            education = new byte[size];
            insured = new byte[size];
            attending = new byte[size];
            sick = new byte[size];
            allowance = new boolean[size];
            working = new byte[size];
        }
    }

    /**
     * Works out, once per household, what depends on the standard's working age: who is of working
     * age, and whether any working-age member can work (the no-labour-capacity subgroup).
     */
    void derive(WorkingAge range) {
        int from = range.from();
        int belowMale = range.belowMale();
        int belowFemale = range.belowFemale();
        int lower = Math.min(belowMale, belowFemale);
        int upper = Math.max(belowMale, belowFemale);
        int seen = 0;
        for (int i = off, end = off + n; i < end; i++) {
            int years = age[i];
            byte s = sex[i];
            byte w;
            if (years < 0) {
                w = UNKNOWN;
            } else if (s < 0) {
                w = (byte) (years < from || years >= upper ? 0 : years < lower ? 1 : UNKNOWN);
            } else {
                w = (byte) (years >= from & years < (s == MALE ? belowMale : belowFemale) ? 1 : 0);
            }
            working[i] = w;
            byte c = capacity[i];
            int able = w == 0 | c == NO_CAPACITY ? 0 : w < 0 | c < 0 ? -1 : 1;
            seen |= 1 << (able + 1);
        }
        // bit 2: someone can work; bit 0: someone might
        noLabourCapacity = n == 0 ? UNKNOWN : (seen & 4) != 0 ? 0 : (seen & 1) != 0 ? UNKNOWN : (byte) 1;
    }

    /** The member's name for an explanation, or null when unknown. */
    String name(int i) {
        return i < members.length ? members[i].name() : null;
    }

    static byte ordinal(Enum<?> value) {
        return value == null ? UNKNOWN : (byte) value.ordinal();
    }

    static byte tri(Boolean value) {
        return value == null ? UNKNOWN : value ? (byte) 1 : 0;
    }

    /** A bit per enum ordinal, for fast membership tests of a code list. */
    static int mask(Iterable<? extends Enum<?>> values) {
        int mask = 0;
        for (Enum<?> value : values) {
            mask |= 1 << value.ordinal();
        }
        return mask;
    }

    /** Whether an ordinal (possibly unknown) is in a mask. */
    static boolean in(int mask, byte ordinal) {
        return ordinal >= 0 && (mask & (1 << ordinal)) != 0;
    }
}
