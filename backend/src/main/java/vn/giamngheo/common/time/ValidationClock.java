package vn.giamngheo.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Bean Validation's "now" ({@code @PastOrPresent}, {@code @Future} …) is the application's clock, in Vietnam,
 * so that a date checked by an annotation and one checked by a service agree.
 */
@ApplicationScoped
public class ValidationClock implements ClockProvider {

    @Inject
    AppClock clock;

    @Override
    public Clock getClock() {
        AppClock app = clock;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return AppClock.VIETNAM;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(app.now(), zone);
            }

            @Override
            public Instant instant() {
                return app.now();
            }
        };
    }
}
