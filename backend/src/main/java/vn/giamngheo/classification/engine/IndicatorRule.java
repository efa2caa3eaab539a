package vn.giamngheo.classification.engine;

import vn.giamngheo.classification.model.HouseholdFacts;
import vn.giamngheo.classification.model.MemberFacts;

/**
 * Derives one indicator from the facts with the parameters of one standard. Implementations
 * are immutable, allocate nothing on the plain path, and describe their finding only when given
 * an {@link Evidence}.
 */
interface IndicatorRule {

    int NOT_DEPRIVED = 0;
    int DEPRIVED = 1;
    int UNKNOWN = 2;

    /**
     * @param ages each member's age in completed years at the reference date, -1 when unknown
     * @param evidence null on the fast path; otherwise receives the reason when deprived
     * @return {@link #NOT_DEPRIVED}, {@link #DEPRIVED} or {@link #UNKNOWN}
     */
    int evaluate(HouseholdFacts household, MemberFacts[] members, int[] ages, Evidence evidence);
}
