package vn.giamngheo.testing;

import io.quarkus.arc.Arc;
import java.time.LocalDate;
import vn.giamngheo.common.time.AppClock;

/**
 * Sets the server's clock from a test (the application runs in the test's JVM). Tests set the clock, never
 * the calendar: a test that depends on "today" fixes the date it needs and goes back with {@link #reset}.
 */
public final class TestClock {

    private TestClock() {
    }

    public static AppClock clock() {
        return Arc.container().instance(AppClock.class).get();
    }

    public static void set(LocalDate date) {
        clock().fix(date);
    }

    public static void set(String date) {
        set(LocalDate.parse(date));
    }

    /** Back to the clock the suite runs with ({@code giamngheo.clock.today}, or the real date). */
    public static void reset() {
        clock().fix(null);
    }

    public static LocalDate today() {
        return clock().today();
    }
}
