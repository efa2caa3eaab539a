package vn.giamngheo.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import vn.giamngheo.reporting.ReportViews.IndicatorMeasure;

/**
 * Alkire–Foster measures with equal indicator weights (1/d each) and the poverty cut-off k: a
 * household is multidimensionally poor when deprived in k indicators or more. Pure: no I/O.
 */
public final class AlkireFoster {

    /** H, A, M0 and each indicator's headcounts and contribution. */
    public record Result(int households, int poor, double headcount, double intensity, double adjustedHeadcount,
            List<IndicatorMeasure> indicators) {
    }

    private AlkireFoster() {
    }

    /**
     * @param indicators the standard's indicator codes (d = their number)
     * @param households each household's deprived indicators
     * @param k the poverty cut-off, in indicators
     */
    public static Result measure(List<String> indicators, Collection<Set<String>> households, int k) {
        int d = indicators.size();
        int n = households.size();
        int q = 0;
        long poorDeprivations = 0;
        int[] deprived = new int[d];
        int[] censored = new int[d];
        for (Set<String> h : households) {
            int count = 0;
            for (int j = 0; j < d; j++) {
                if (h.contains(indicators.get(j))) {
                    deprived[j]++;
                    count++;
                }
            }
            if (count >= k && count > 0) {
                q++;
                poorDeprivations += count;
                for (int j = 0; j < d; j++) {
                    if (h.contains(indicators.get(j))) {
                        censored[j]++;
                    }
                }
            }
        }
        return of(indicators, n, q, poorDeprivations, deprived, censored);
    }

    /**
     * The measures from counts: n households, q of them poor with poorDeprivations deprivations between
     * them; per indicator the deprived households and the deprived poor households (censored).
     */
    public static Result of(List<String> indicators, int n, int q, long poorDeprivations, int[] deprived,
            int[] censored) {
        int d = indicators.size();
        double headcount = n == 0 ? 0 : (double) q / n;
        double intensity = q == 0 ? 0 : (double) poorDeprivations / ((double) q * d);
        double m0 = headcount * intensity;
        List<IndicatorMeasure> measures = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            double uncensored = n == 0 ? 0 : (double) deprived[j] / n;
            double ch = n == 0 ? 0 : (double) censored[j] / n;
            double contribution = m0 == 0 ? 0 : (ch / d) / m0;
            measures.add(new IndicatorMeasure(indicators.get(j), uncensored, ch, contribution));
        }
        return new Result(n, q, headcount, intensity, m0, measures);
    }
}
