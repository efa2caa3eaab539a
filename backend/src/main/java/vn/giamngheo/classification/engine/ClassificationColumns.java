package vn.giamngheo.classification.engine;

import vn.giamngheo.classification.model.ClassificationResult;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.classification.model.IncomeBasis;

/** The results of a bulk classification, household by household, in the batch's order. */
public final class ClassificationColumns {

    private static final HouseholdClass[] CLASSES = HouseholdClass.values();

    private final byte[] classification;
    private final long[] deprived;
    private final long[] given;
    private final long[] unknown;
    /** Bit 0 measured income; bits 1–2 no labour capacity (0 unknown, 1 no, 2 yes); 3–4 meritorious; 5–6 minority. */
    private final short[] flags;
    private final int scoreBPerIndicator;
    private final String[] errors;

    ClassificationColumns(int size, int scoreBPerIndicator) {
        this.scoreBPerIndicator = scoreBPerIndicator;
        classification = new byte[size];
        deprived = new long[size];
        given = new long[size];
        unknown = new long[size];
        flags = new short[size];
        errors = new String[size];
    }

    void set(int i, HouseholdClass cls, FactTable facts) {
        classification[i] = (byte) cls.ordinal();
        deprived[i] = facts.deprivedMask;
        given[i] = facts.givenMask;
        unknown[i] = facts.unknownMask;
        flags[i] = (short) ((facts.measuredIncome ? 1 : 0)
                | (facts.noLabourCapacity + 1) << 1
                | (facts.n == 0 ? 0 : facts.meritorious ? 2 : 1) << 3
                | (facts.headMinority + 1) << 5);
    }

    void fail(int i, String code) {
        classification[i] = -1;
        errors[i] = code;
    }

    public int size() {
        return classification.length;
    }

    /** The class of household i; null when it could not be classified (see {@link #error}). */
    public HouseholdClass classification(int i) {
        return classification[i] < 0 ? null : CLASSES[classification[i]];
    }

    /** Why household i could not be classified (a classification.* code), or null. */
    public String error(int i) {
        return errors[i];
    }

    /** The full result of household i, as {@link Classifier#classify} gives it; null when it failed. */
    public ClassificationResult result(int i) {
        if (classification[i] < 0) {
            return null;
        }
        int count = Long.bitCount(deprived[i]);
        short f = flags[i];
        return new ClassificationResult(CLASSES[classification[i]],
                (f & 1) != 0 ? IncomeBasis.MEASURED_INCOME : IncomeBasis.SCORE_A, deprived[i], given[i], unknown[i],
                count, count * scoreBPerIndicator, flag(f >> 1), flag(f >> 3), flag(f >> 5));
    }

    /** Two bits: 0 unknown, 1 no, 2 yes. */
    private static Boolean flag(int bits) {
        int value = bits & 3;
        return value == 0 ? null : value == 2;
    }
}
