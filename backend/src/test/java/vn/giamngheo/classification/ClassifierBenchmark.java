package vn.giamngheo.classification;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import vn.giamngheo.classification.engine.ClassificationColumns;
import vn.giamngheo.classification.engine.Classifier;
import vn.giamngheo.classification.engine.CompiledStandard;
import vn.giamngheo.classification.engine.HouseholdColumns;
import vn.giamngheo.classification.model.ClassificationInput;
import vn.giamngheo.classification.model.HouseholdClass;

/**
 * {@code make bench}: classifies 1,000,000 synthetic households with their members, held in
 * memory, under Nghị định 07/2021 with every indicator derived from the facts, on one thread, and
 * prints households per second per core (per CPU-second of the thread): in bulk from columns (how
 * the registry re-classifies many households) and one by one from objects (how a request is
 * classified). Not a test: throughput depends on the machine.
 */
public final class ClassifierBenchmark {

    static final int HOUSEHOLDS = 1_000_000;
    static final int WARM_UP_ROUNDS = 3;
    static final int ROUNDS = 5;
    /** The CPU time of this thread, so that other work on the machine does not count against the classifier. */
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ClassifierBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        LocalDate referenceDate = LocalDate.of(2025, 10, 1);
        CompiledStandard standard = SeededStandards.get("ND07_2021");
        System.out.printf("Generating %,d households…%n", HOUSEHOLDS);
        SyntheticPopulation generator = new SyntheticPopulation(42, referenceDate);
        List<ClassificationInput> households = new ArrayList<>(HOUSEHOLDS);
        for (int i = 0; i < HOUSEHOLDS; i++) {
            households.add(generator.next());
        }
        HouseholdColumns columns = HouseholdColumns.of(households);
        System.out.printf("%,d synthetic households of a rural commune, %,d members (%.1f per household), "
                + "standard %s, %d indicators, every indicator derived from the facts%n", HOUSEHOLDS, columns.memberCount(),
                (double) columns.memberCount() / HOUSEHOLDS, standard.code(), standard.indicatorCount());

        double bulk = measure("in columns (bulk)", counts -> {
            ClassificationColumns results = Classifier.classifyAll(standard, columns, referenceDate);
            for (int i = 0; i < HOUSEHOLDS; i++) {
                counts[results.classification(i).ordinal()]++;
            }
        });
        double objects = measure("as objects (one by one)", counts -> {
            for (ClassificationInput household : households) {
                counts[Classifier.classify(standard, household, referenceDate).classification().ordinal()]++;
            }
        });
        System.out.printf("Machine: %s, %d cores, Java %s (%s)%n", cpuModel(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
        System.out.printf("Households as objects, one by one: %,.0f per second per core%n", objects);
        System.out.printf("RESULT: %,.0f households per second per core (bulk, in columns; median of %d rounds, "
                + "one thread)%n", bulk, ROUNDS);
    }

    /** Runs a full pass over the million households several times; returns the median rate. */
    private static double measure(String label, Consumer<int[]> pass) {
        double[] rates = new double[ROUNDS];
        int[] counts = new int[HouseholdClass.values().length];
        for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
            Arrays.fill(counts, 0);
            long start = THREADS.getCurrentThreadCpuTime();
            pass.accept(counts);
            double seconds = (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
            if (round >= 0) {
                rates[round] = HOUSEHOLDS / seconds;
            }
            System.out.printf("  %s, %s: %.3f s of CPU, %,.0f households/s%n", label, round < 0 ? "warm-up" : "round "
                    + (round + 1), seconds, HOUSEHOLDS / seconds);
        }
        System.out.printf("  classes: poor %,d, near-poor %,d, average living %,d, not poor %,d%n",
                counts[0], counts[1], counts[2], counts[3]);
        Arrays.sort(rates);
        return rates[ROUNDS / 2];
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }
}
