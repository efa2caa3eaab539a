package vn.giamngheo.classification.engine;

/**
 * Derives one indicator from the facts with the parameters of one standard. Implementations
 * are immutable, allocate nothing on the plain path, and describe their finding only when given
 * an {@link Evidence}. (An abstract class rather than an interface: the classifier's hot loop calls
 * it through a virtual table, which is cheaper than an interface dispatch.)
 */
abstract class IndicatorRule {

    static final int NOT_DEPRIVED = 0;
    static final int DEPRIVED = 1;
    static final int UNKNOWN = 2;

    /**
     * @param facts the household's facts, read into a table at the reference date
     * @param evidence null on the fast path; otherwise receives the reason when deprived
     * @return {@link #NOT_DEPRIVED}, {@link #DEPRIVED} or {@link #UNKNOWN}
     */
    abstract int evaluate(FactTable facts, Evidence evidence);
}
