package vn.giamngheo.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Today's date in Vietnam, for deadlines. Tests walk through a month by fixing the date, which only an
 * adjustable clock allows ({@code giamngheo.clock.adjustable}, on in the test profile only).
 */
@ApplicationScoped
public class AppClock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @ConfigProperty(name = "giamngheo.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    private volatile LocalDate fixed;

    public LocalDate today() {
        LocalDate f = fixed;
        return f != null ? f : LocalDate.now(VIETNAM);
    }

    /** Fixes today's date (tests only); null goes back to the real date. */
    public void fix(LocalDate date) {
        if (!adjustable) {
            throw new IllegalStateException("The clock is not adjustable here");
        }
        fixed = date;
    }
}
