package vn.giamngheo.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.giamngheo.common.time.AppClock;
import vn.giamngheo.testing.TestClock;

/** The server has one clock; the suite runs on the date GIAMNGHEO_CLOCK_TODAY names, and tests move it. */
@QuarkusTest
class AppClockTest {

    @AfterEach
    void back() {
        TestClock.reset();
    }

    @Test
    void theSuiteRunsOnTheConfiguredDate() {
        Optional<LocalDate> configured = ConfigProvider.getConfig().getOptionalValue("giamngheo.clock.today",
                LocalDate.class);
        LocalDate expected = configured.orElse(LocalDate.now(AppClock.VIETNAM));
        // the clock ticks from its start: a run that crosses midnight may be a day further
        LocalDate today = TestClock.today();
        assertTrue(!today.isBefore(expected) && !today.isAfter(expected.plusDays(1)), today + " vs " + expected);
    }

    @Test
    void aFixedDateKeepsTicking() throws InterruptedException {
        TestClock.set("2031-01-01");
        assertEquals(LocalDate.of(2031, 1, 1).getYear(), TestClock.clock().year());
        Instant first = TestClock.clock().now();
        Thread.sleep(5);
        Instant second = TestClock.clock().now();
        assertTrue(second.isAfter(first), "instants stay in order");
        assertTrue(Duration.between(first, second).toMillis() < 5_000);
        assertEquals("2031", TestClock.clock().now().atZone(AppClock.VIETNAM).toLocalDate().toString().substring(0, 4));
    }

    @Test
    void aClockThatIsNotAdjustableCannotBeMoved() {
        AppClock fixed = new AppClock();
        assertThrows(IllegalStateException.class, () -> fixed.fix(LocalDate.of(2027, 6, 1)));
    }
}
