package vn.giamngheo.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.classification.engine.Classifier;
import vn.giamngheo.classification.engine.CompiledStandard;
import vn.giamngheo.classification.engine.HouseholdColumns;
import vn.giamngheo.classification.model.ClassificationInput;
import vn.giamngheo.classification.model.ClassificationResult;

/**
 * Properties that hold for every household, checked on thousands of random ones per standard
 * (seeded, so a failure names the seed and the case to replay): more deprivation never makes a
 * household less poor, more income never makes it poorer, score B is 10 per deprivation, and the
 * bulk (columnar) path agrees with the one-by-one path.
 */
class ClassifierPropertiesTest {

    static final LocalDate REF = LocalDate.of(2025, 10, 1);
    static final int CASES = 3_000;

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({"QD59_2015, 11", "ND07_2021, 12", "ND351_2025, 13"})
    void addingADeprivationNeverMakesAHouseholdLessPoor(String code, long seed) {
        CompiledStandard s = SeededStandards.get(code);
        RandomHouseholds households = new RandomHouseholds(seed, REF);
        for (int n = 0; n < CASES; n++) {
            ClassificationInput input = households.next(s, true);
            ClassificationResult before = Classifier.classify(s, input, REF);
            for (int i = 0; i < s.indicatorCount(); i++) {
                if ((before.deprivedMask() & (1L << i)) != 0) {
                    continue;
                }
                Map<String, Boolean> ticks = new HashMap<>(input.givenDeprivations());
                ticks.put(s.indicatorCode(i), true);
                ClassificationResult after = Classifier.classify(s, new ClassificationInput(input.areaType(),
                        input.monthlyIncomePerCapita(), input.scoreA(), ticks, input.household(), input.members()), REF);
                assertEquals(before.deprivationCount() + 1, after.deprivationCount(), where(seed, n));
                assertTrue(after.classification().ordinal() <= before.classification().ordinal(),
                        where(seed, n) + ": deprived in " + s.indicatorCode(i) + " turned " + before.classification()
                                + " into " + after.classification());
            }
        }
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({"QD59_2015, 21", "ND07_2021, 22", "ND351_2025, 23"})
    void raisingIncomeNeverMakesAHouseholdPoorer(String code, long seed) {
        CompiledStandard s = SeededStandards.get(code);
        RandomHouseholds households = new RandomHouseholds(seed, REF);
        for (int n = 0; n < CASES; n++) {
            ClassificationInput input = households.next(s, true);
            ClassificationResult before = Classifier.classify(s, input, REF);
            for (long raise : new long[] {1, 1_000, 100_000, 700_000}) {
                ClassificationInput richer = input.monthlyIncomePerCapita() != null
                        ? new ClassificationInput(input.areaType(), input.monthlyIncomePerCapita() + raise, null,
                                input.givenDeprivations(), input.household(), input.members())
                        : new ClassificationInput(input.areaType(), null, input.scoreA() + (int) Math.min(raise, 50),
                                input.givenDeprivations(), input.household(), input.members());
                ClassificationResult after = Classifier.classify(s, richer, REF);
                assertTrue(after.classification().ordinal() >= before.classification().ordinal(),
                        where(seed, n) + ": a raise of " + raise + " turned " + before.classification() + " into "
                                + after.classification());
                assertEquals(before.deprivedMask(), after.deprivedMask(), "income does not change deprivations");
            }
        }
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({"QD59_2015, 31", "ND07_2021, 32", "ND351_2025, 33"})
    void scoreBCountsTenPerDeprivationAndSetsAreConsistent(String code, long seed) {
        CompiledStandard s = SeededStandards.get(code);
        RandomHouseholds households = new RandomHouseholds(seed, REF);
        long all = (1L << s.indicatorCount()) - 1;
        for (int n = 0; n < CASES; n++) {
            ClassificationResult r = Classifier.classify(s, households.next(s, true), REF);
            assertEquals(Long.bitCount(r.deprivedMask()), r.deprivationCount(), where(seed, n));
            assertEquals(10 * r.deprivationCount(), r.scoreB(), where(seed, n));
            assertEquals(0, r.deprivedMask() & ~all, where(seed, n));
            assertEquals(0, r.deprivedMask() & r.unknownMask(), where(seed, n) + ": deprived and undetermined");
            assertEquals(0, r.givenMask() & r.unknownMask(), where(seed, n) + ": given and undetermined");
        }
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({"QD59_2015, 41", "ND07_2021, 42", "ND351_2025, 43"})
    void householdsInColumnsAreClassifiedExactlyAsObjects(String code, long seed) {
        CompiledStandard s = SeededStandards.get(code);
        RandomHouseholds households = new RandomHouseholds(seed, REF);
        java.util.List<ClassificationInput> inputs = new java.util.ArrayList<>();
        for (int n = 0; n < CASES; n++) {
            inputs.add(households.next(s, true));
        }
        HouseholdColumns columns = HouseholdColumns.of(inputs);
        vn.giamngheo.classification.engine.ClassificationColumns bulk = Classifier.classifyAll(s, columns, REF);
        for (int n = 0; n < CASES; n++) {
            ClassificationResult one = Classifier.classify(s, inputs.get(n), REF);
            assertEquals(one, Classifier.classify(s, columns, n, REF), where(seed, n));
            assertEquals(one, bulk.result(n), where(seed, n) + " (bulk)");
        }
    }

    private static String where(long seed, int n) {
        return "seed " + seed + ", household " + n;
    }
}
