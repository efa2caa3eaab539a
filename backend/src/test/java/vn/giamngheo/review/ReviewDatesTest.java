package vn.giamngheo.review;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.testing.KeycloakTokens;
import vn.giamngheo.testing.TestClock;

/**
 * The dates of the review: a campaign lies within its commune's validity, nothing that happened is
 * dated in the future or before what it belongs to, and a regular round's deadlines follow the law's
 * days. Each refusal is a problem with its code, and leaves nothing written.
 */
@QuarkusTest
class ReviewDatesTest {

    static final String CAMPAIGNS = PeriodicReviewTest.CAMPAIGNS;
    static final String NAM_DONG = PeriodicReviewTest.COMMUNE;
    /** Phường Hương Trà, whose officer is phuong.huongtra. */
    static final String HUONG_TRA = "19996";

    static String officer;

    @BeforeAll
    static void tokens() {
        PeriodicReviewTest.tokens();
        officer = PeriodicReviewTest.officer;
    }

    @AfterEach
    void clockBack() {
        TestClock.reset();
    }

    static void setValidTo(String code, LocalDate validTo) {
        QuarkusTransaction.requiringNew().run(() -> AdminUnit.update("validTo = ?1 where code = ?2", validTo, code));
    }

    @Test
    void aRoundOrACampaignOutsideTheCommunesValidityIsRefused() {
        TestClock.set("2026-05-10");
        // Xã Nam Đông exists from the reform of 1 July 2025: it has no round in April 2025
        PeriodicReviewTest.as(officer).body(Map.of("communeCode", NAM_DONG, "kind", "REGULAR", "year", 2025, "month", 4))
                .when().post(CAMPAIGNS).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("review.unit_not_valid"));
        PeriodicReviewTest.as(officer).queryParam("communeCode", NAM_DONG).queryParam("kind", "REGULAR")
                .queryParam("year", 2025).when().get(CAMPAIGNS).then().statusCode(200)
                .body("items.month", not(hasItem(4)));
        // its periodic review of 2025, 1 September to 14 December, lies within
        PeriodicReviewTest.as(officer).body(Map.of("communeCode", NAM_DONG, "kind", "PERIODIC", "year", 2025))
                .when().post(CAMPAIGNS).then().statusCode(201).body("opensOn", equalTo("2025-09-01"));

        // a commune dissolved after 30 June 2026 has no July round: its successor reviews those households
        String huongTra = KeycloakTokens.tokenOf("phuong.huongtra");
        setValidTo(HUONG_TRA, LocalDate.parse("2026-06-30"));
        try {
            PeriodicReviewTest.as(huongTra).body(Map.of("communeCode", HUONG_TRA, "kind", "REGULAR", "year", 2026,
                    "month", 7)).when().post(CAMPAIGNS).then().statusCode(422)
                    .body("code", equalTo("review.unit_not_valid"));
            PeriodicReviewTest.as(huongTra).queryParam("communeCode", HUONG_TRA).queryParam("kind", "REGULAR")
                    .queryParam("year", 2026).when().get(CAMPAIGNS).then().statusCode(200)
                    .body("items.month", not(hasItem(7)));
        } finally {
            setValidTo(HUONG_TRA, null);
        }
    }
}
