package vn.giamngheo.household;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.classification.model.IncomeBasis;

/**
 * The record of one household for one review year: what the survey found and the class computed
 * from it, with the standard and the full explanation. Never updated: a correction is a new record
 * that replaces it as current.
 */
@Entity
@Table(name = "household_record")
public class HouseholdRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "survey_year")
    public int surveyYear;

    @Column(name = "survey_date")
    public LocalDate surveyDate;

    public String reviewer;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_type")
    public AreaType areaType;

    @Column(name = "monthly_income")
    public Long monthlyIncome;

    @Column(name = "score_a")
    public Integer scoreA;

    /** JSON object: indicator code → deprived. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "given_deprivations")
    public String givenDeprivations;

    /** JSON of the dwelling and household facts (HouseholdFacts). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "household_facts")
    public String householdFacts;

    /** JSON array of the members' facts as surveyed (MemberFacts). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "member_facts")
    public String memberFacts;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] causes = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] needs = new String[0];

    @Column(name = "standard_code")
    public String standardCode;

    @Enumerated(EnumType.STRING)
    public HouseholdClass classification;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "deprived_indicators")
    public String[] deprivedIndicators = new String[0];

    @Column(name = "score_b")
    public int scoreB;

    @Enumerated(EnumType.STRING)
    @Column(name = "income_basis")
    public IncomeBasis incomeBasis;

    /** JSON of what it takes to show the classification again (ExplanationSnapshot). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String explanation;

    public boolean current;

    @Column(name = "supersedes_id")
    public UUID supersedesId;

    @Column(name = "correction_reason")
    public String correctionReason;

    @Column(name = "locked_at")
    public Instant lockedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** The current record of a household for a year, if any. */
    public static HouseholdRecord currentOf(UUID householdId, int year) {
        return find("householdId = ?1 and surveyYear = ?2 and current = true", householdId, year).firstResult();
    }

    /** Every record of a household, newest year first, corrections after what they replaced. */
    public static List<HouseholdRecord> historyOf(UUID householdId) {
        return list("householdId = ?1 order by surveyYear desc, createdAt desc", householdId);
    }
}
