package vn.giamngheo.common.time;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the backend: every "today" and "now" comes from here, never from {@code LocalDate.now()}
 * or {@code Instant.now()}. Dates for people (deadlines, "not in the future", the year in force) are in
 * Asia/Ho_Chi_Minh whatever the server's time zone; instants (audit, created/updated) are UTC.
 *
 * <p>{@code giamngheo.clock.today} (environment {@code GIAMNGHEO_CLOCK_TODAY}) starts the clock on another
 * date; it keeps ticking from there, so instants stay in order. Tests fix a date with {@link #fix}, which
 * only a clock marked adjustable ({@code giamngheo.clock.adjustable}, the test profile) allows.
 */
@ApplicationScoped
public class AppClock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @ConfigProperty(name = "giamngheo.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    @ConfigProperty(name = "giamngheo.clock.today")
    Optional<LocalDate> startDate;

    private volatile Clock base = Clock.systemUTC();
    private volatile Clock clock = Clock.systemUTC();

    @PostConstruct
    void start() {
        base = startDate.map(AppClock::startingOn).orElse(Clock.systemUTC());
        clock = base;
    }

    /** Today's date in Vietnam. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    /** This year in Vietnam. */
    public int year() {
        return today().getYear();
    }

    /** The current instant (UTC). */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Moves the clock to a date, at the current time of day, ticking from there (tests only); null goes
     * back to the configured start.
     */
    public void fix(LocalDate date) {
        if (!adjustable) {
            throw new IllegalStateException("The clock is not adjustable here");
        }
        clock = date == null ? base : startingOn(date);
    }

    private static Clock startingOn(LocalDate date) {
        Instant real = Instant.now();
        Instant target = date.atTime(LocalTime.now(VIETNAM)).atZone(VIETNAM).toInstant();
        return Clock.offset(Clock.system(ZoneOffset.UTC), Duration.between(real, target));
    }
}
