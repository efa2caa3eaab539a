package vn.giamngheo.household;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.giamngheo.classification.model.Facts.EducationLevel;
import vn.giamngheo.classification.model.Facts.EmploymentStatus;
import vn.giamngheo.classification.model.Facts.LabourCapacity;
import vn.giamngheo.classification.model.Facts.NutritionStatus;
import vn.giamngheo.classification.model.Facts.RelationToHead;
import vn.giamngheo.classification.model.Facts.Sex;
import vn.giamngheo.classification.model.MemberFacts;
import vn.giamngheo.household.HouseholdCodes.LeftReason;
import vn.giamngheo.household.HouseholdCodes.MemberStatus;

/** A person in a household, with the facts the poverty standards need. */
@Entity
@Table(name = "household_member")
public class HouseholdMember extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "search_name")
    public String searchName;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    /** Code in the official list of 54 ethnic groups ("01" Kinh). */
    public String ethnicity;

    @Column(name = "citizen_id")
    public String citizenId;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation_to_head")
    public RelationToHead relationToHead;

    @Enumerated(EnumType.STRING)
    @Column(name = "labour_capacity")
    public LabourCapacity labourCapacity;

    @Enumerated(EnumType.STRING)
    public EmploymentStatus employment;

    @Column(name = "monthly_social_allowance")
    public Boolean monthlySocialAllowance;

    public Boolean disabled;

    @Enumerated(EnumType.STRING)
    public NutritionStatus nutrition;

    @Column(name = "health_insurance")
    public Boolean healthInsurance;

    @Column(name = "attending_school")
    public Boolean attendingSchool;

    @Enumerated(EnumType.STRING)
    @Column(name = "highest_education")
    public EducationLevel highestEducation;

    public Boolean meritorious;

    @Column(name = "sick_without_care")
    public Boolean sickWithoutCare;

    @Enumerated(EnumType.STRING)
    public MemberStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "left_reason")
    public LeftReason leftReason;

    @Column(name = "left_on")
    public LocalDate leftOn;

    /** Order in the household's list. */
    public int position;

    @Version
    public int version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    /** The facts of this member as the classifier reads them. */
    public MemberFacts facts() {
        return new MemberFacts(fullName, birthDate, sex, ethnicity, relationToHead, labourCapacity, employment,
                monthlySocialAllowance, disabled, nutrition, healthInsurance, attendingSchool, highestEducation,
                meritorious, sickWithoutCare);
    }

    /** Active members of a household in list order. */
    public static List<HouseholdMember> activeOf(UUID householdId) {
        return list("householdId = ?1 and status = ?2 order by position", householdId, MemberStatus.ACTIVE);
    }

    /** All members of a household, those who left included, in list order. */
    public static List<HouseholdMember> allOf(UUID householdId) {
        return list("householdId = ?1 order by status, position", householdId);
    }
}
