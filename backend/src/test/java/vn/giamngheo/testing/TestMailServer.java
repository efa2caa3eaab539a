package vn.giamngheo.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the in-process SMTP server for every {@code @QuarkusTest} of the suite. */
@QuarkusTestResource(InProcessSmtp.class)
public final class TestMailServer {

    private TestMailServer() {
    }
}
