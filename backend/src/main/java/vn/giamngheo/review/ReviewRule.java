package vn.giamngheo.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.giamngheo.review.ReviewCodes.DayKind;

/**
 * A duration of the review procedure, as data (table review_rule): how many days, of which kind, and
 * the legal text it comes from. The service reads it instead of a constant, so a change of the law is
 * a change of the row.
 */
@Entity
@Table(name = "review_rule")
public class ReviewRule extends PanacheEntityBase {

    /**
     * The regular review's limit: each request is decided, or refused in writing, within it, counted
     * from the start of the review (the 15th of the month) or from a later request's filing.
     */
    public static final String REGULAR_DECISION = "REGULAR_DECISION";

    @Id
    public String key;

    public int days;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_kind")
    public DayKind dayKind;

    @Column(name = "legal_basis")
    public String legalBasis;

    /** The rule, which the migrations seed; its absence is a broken installation. */
    public static ReviewRule require(String key) {
        ReviewRule rule = findById(key);
        if (rule == null) {
            throw new IllegalStateException("The review rule " + key + " is missing (seeded by V14__add_review_rules)");
        }
        return rule;
    }
}
