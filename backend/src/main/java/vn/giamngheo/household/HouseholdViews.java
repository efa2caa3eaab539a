package vn.giamngheo.household;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.classification.ClassificationViews.ClassificationView;
import vn.giamngheo.classification.model.Facts.EducationLevel;
import vn.giamngheo.classification.model.Facts.EmploymentStatus;
import vn.giamngheo.classification.model.Facts.LabourCapacity;
import vn.giamngheo.classification.model.Facts.NutritionStatus;
import vn.giamngheo.classification.model.Facts.RelationToHead;
import vn.giamngheo.classification.model.Facts.Sex;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.classification.model.HouseholdFacts;
import vn.giamngheo.classification.model.IncomeBasis;
import vn.giamngheo.classification.model.MemberFacts;
import vn.giamngheo.common.http.PartialUpdate;
import vn.giamngheo.household.HouseholdCodes.CloseReason;
import vn.giamngheo.household.HouseholdCodes.HouseholdStatus;
import vn.giamngheo.household.HouseholdCodes.LeftReason;
import vn.giamngheo.household.HouseholdCodes.MemberStatus;
import vn.giamngheo.household.HouseholdCodes.PovertyCause;
import vn.giamngheo.household.HouseholdCodes.SupportNeed;

/** Requests and responses of the registry API. */
public final class HouseholdViews {

    private HouseholdViews() {
    }

    // ------------------------------------------------------------------ requests

    @Schema(name = "MemberRequest", description = "A member of a household and the facts the standards need. "
            + "fullName and relationToHead are always sent. " + PartialUpdate.CONTRACT)
    public record MemberRequest(
            @NotBlank @Size(max = 150) @Schema(example = "Nguyễn Thị Lan") String fullName,
            @Schema(nullable = true) Sex sex,
            @Schema(nullable = true) @PastOrPresent LocalDate birthDate,
            @Pattern(regexp = "0[1-9]|[1-4][0-9]|5[0-4]", message = "must be a code of the 54 ethnic groups (01 to 54)")
            @Schema(nullable = true, example = "01", description = "Code in the official list of 54 ethnic groups; "
                    + "01 = Kinh")
            String ethnicity,
            @Schema(nullable = true, example = "046190012345", description = "Căn cước công dân: 12 digits. When "
                    + "updating a member, leave it out (or send null) to keep the stored one (responses only show it "
                    + "masked) or send \"\" to clear it")
            @Pattern(regexp = "|[0-9]{12}", message = "must be 12 digits")
            String citizenId,
            @NotNull RelationToHead relationToHead,
            @Schema(nullable = true) LabourCapacity labourCapacity,
            @Schema(nullable = true) EmploymentStatus employment,
            @Schema(nullable = true) Boolean monthlySocialAllowance,
            @Schema(nullable = true) Boolean disabled,
            @Schema(nullable = true) NutritionStatus nutrition,
            @Schema(nullable = true) Boolean healthInsurance,
            @Schema(nullable = true) Boolean attendingSchool,
            @Schema(nullable = true) EducationLevel highestEducation,
            @Schema(nullable = true) Boolean meritorious,
            @Schema(nullable = true) Boolean sickWithoutCare) implements PartialUpdate {
    }

    @Schema(name = "CreateHouseholdRequest", description = "A new household with its members")
    public record CreateHouseholdRequest(
            @NotBlank @Schema(example = "20179") String communeCode,
            UUID villageId,
            @Size(max = 300) String address,
            @Pattern(regexp = "[0-9+ .-]{6,20}", message = "must be a phone number") String phone,
            @NotEmpty @Size(max = 30) List<@Valid @NotNull MemberRequest> members) {
    }

    @Schema(name = "UpdateHouseholdRequest", description = "Where the household lives and how to reach it. "
            + PartialUpdate.CONTRACT)
    public record UpdateHouseholdRequest(
            @Schema(nullable = true) UUID villageId,
            @Schema(nullable = true) @Size(max = 300) String address,
            @Schema(nullable = true) @Pattern(regexp = "[0-9+ .-]{6,20}", message = "must be a phone number")
            String phone) implements PartialUpdate {
    }

    @Schema(name = "CloseHouseholdRequest", description = "Why and when the household ends")
    public record CloseHouseholdRequest(
            @NotNull @Schema(description = "MOVED_AWAY or DISSOLVED; merge and split close households themselves")
            CloseReason reason,
            @NotNull @PastOrPresent LocalDate closedOn) {
    }

    @Schema(name = "ChangeHeadRequest", description = "The active member who becomes head")
    public record ChangeHeadRequest(@NotNull UUID memberId) {
    }

    @Schema(name = "MemberLeavesRequest", description = "Why and when a member left the household")
    public record MemberLeavesRequest(
            @NotNull @Schema(description = "MOVED_OUT or DIED; moving to another household has its own operation")
            LeftReason reason,
            @NotNull @PastOrPresent LocalDate leftOn) {
    }

    @Schema(name = "MoveMemberRequest", description = "Another household of the registry the member joins")
    public record MoveMemberRequest(@NotNull UUID targetHouseholdId, @NotNull RelationToHead relationToHead,
            @NotNull @PastOrPresent LocalDate movedOn) {
    }

    @Schema(name = "SplitHouseholdRequest", description = "Members who form a new household (tách hộ)")
    public record SplitHouseholdRequest(
            @NotEmpty List<@NotNull UUID> memberIds,
            @NotNull @Schema(description = "Head of the new household, one of memberIds") UUID headMemberId,
            @Schema(nullable = true, description = "New head of this household when its head leaves with the others")
            UUID remainingHeadMemberId,
            UUID villageId,
            @Size(max = 300) String address,
            @Pattern(regexp = "[0-9+ .-]{6,20}", message = "must be a phone number") String phone,
            @NotNull @PastOrPresent LocalDate splitOn) {
    }

    @Schema(name = "MergeHouseholdRequest", description = "The household this one joins (nhập hộ)")
    public record MergeHouseholdRequest(@NotNull UUID targetHouseholdId, @NotNull @PastOrPresent LocalDate mergedOn) {
    }

    @Schema(name = "RecordRequest", description = "What the review found for one year; the class is computed from it")
    public record RecordRequest(
            @NotNull @Min(2016) @Max(2100) @Schema(example = "2025") Integer surveyYear,
            @NotNull @PastOrPresent LocalDate surveyDate,
            @Size(max = 150) String reviewer,
            @PositiveOrZero @Schema(example = "1350000") Long monthlyIncomePerCapita,
            @PositiveOrZero @Schema(example = "132") Integer scoreA,
            @Schema(description = "Indicators ticked on the form (code → deprived); they override the derived ones")
            Map<String, Boolean> deprivations,
            @Schema(description = "The dwelling and household facts of this survey") HouseholdFacts household,
            Set<PovertyCause> causes,
            Set<SupportNeed> needs,
            @Size(max = 500) @Schema(description = "Required when the year already has a record: why it is corrected")
            String correctionReason) {
    }

    // ------------------------------------------------------------------ responses

    @Schema(name = "MemberView", description = "A member of a household")
    public record MemberView(
            UUID id,
            String fullName,
            @Schema(nullable = true) Sex sex,
            @Schema(nullable = true) LocalDate birthDate,
            @Schema(nullable = true) String ethnicity,
            @Schema(nullable = true, example = "********2345",
                    description = "Citizen ID with all but the last four digits hidden; read it in full (audited) "
                            + "with getMemberCitizenId") String citizenIdMasked,
            RelationToHead relationToHead,
            @Schema(nullable = true) LabourCapacity labourCapacity,
            @Schema(nullable = true) EmploymentStatus employment,
            @Schema(nullable = true) Boolean monthlySocialAllowance,
            @Schema(nullable = true) Boolean disabled,
            @Schema(nullable = true) NutritionStatus nutrition,
            @Schema(nullable = true) Boolean healthInsurance,
            @Schema(nullable = true) Boolean attendingSchool,
            @Schema(nullable = true) EducationLevel highestEducation,
            @Schema(nullable = true) Boolean meritorious,
            @Schema(nullable = true) Boolean sickWithoutCare,
            MemberStatus status,
            @Schema(nullable = true) LeftReason leftReason,
            @Schema(nullable = true) LocalDate leftOn,
            @Schema(description = "Row version, the member's ETag in double quotes") int version) {
    }

    @Schema(name = "HouseholdSummary", description = "A household in a list")
    public record HouseholdSummary(
            UUID id,
            @Schema(example = "20179-00042") String code,
            String communeCode,
            @Schema(nullable = true) UUID villageId,
            @Schema(nullable = true) String villageName,
            @Schema(nullable = true) String headName,
            int memberCount,
            @Schema(nullable = true) String address,
            HouseholdStatus status,
            @Schema(nullable = true) Integer year,
            @Schema(nullable = true, description = "Class of the year asked for, else of the latest year")
            HouseholdClass classification,
            @Schema(description = "Deprived indicators of that year") List<String> deprivedIndicators,
            @Schema(nullable = true) Boolean noLabourCapacity,
            @Schema(nullable = true) Boolean meritoriousMember,
            @Schema(nullable = true) Boolean ethnicMinority) {
    }

    @Schema(name = "HouseholdPage", description = "One page of households; pass nextCursor as 'after' for the next")
    public record HouseholdPage(List<HouseholdSummary> items,
            @Schema(nullable = true, description = "Cursor of the next page; null on the last page") String nextCursor) {
    }

    @Schema(name = "RecordSummary", description = "The class of one year")
    public record RecordSummary(UUID id, int surveyYear, LocalDate surveyDate, String standardCode,
            HouseholdClass classification, List<String> deprivedIndicators, int scoreB, boolean current,
            boolean locked) {
    }

    @Schema(name = "HouseholdView", description = "A household with its members and its latest class")
    public record HouseholdView(
            UUID id,
            String code,
            String communeCode,
            String provinceCode,
            @Schema(nullable = true) UUID villageId,
            @Schema(nullable = true) String villageName,
            @Schema(nullable = true) String address,
            @Schema(nullable = true) String phone,
            @Schema(nullable = true) UUID headMemberId,
            HouseholdStatus status,
            @Schema(nullable = true) CloseReason closeReason,
            @Schema(nullable = true) LocalDate closedOn,
            @Schema(nullable = true, description = "The household that took over the members") UUID successorId,
            @Schema(description = "Current members first, then those who left") List<MemberView> members,
            @Schema(nullable = true, description = "The latest survey record (a proposal until a decision takes it)")
            RecordSummary latestRecord,
            @Schema(nullable = true, description = "The last year of the household's official status; officialClass "
                    + "is its class then: the one its latest decision fixed, carried forward until a decision "
                    + "changes it") Integer officialYear,
            @Schema(nullable = true) HouseholdClass officialClass,
            @Schema(nullable = true) Boolean noLabourCapacity,
            @Schema(nullable = true) Boolean meritoriousMember,
            @Schema(nullable = true) Boolean ethnicMinority,
            @Schema(description = "Row version; the ETag is this number in double quotes") int version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy) {
    }

    @Schema(name = "RecordView", description = "A year's survey and the class computed from it")
    public record RecordView(
            UUID id,
            UUID householdId,
            int surveyYear,
            LocalDate surveyDate,
            @Schema(nullable = true) String reviewer,
            AreaType areaType,
            @Schema(nullable = true) Long monthlyIncomePerCapita,
            @Schema(nullable = true) Integer scoreA,
            Map<String, Boolean> deprivations,
            HouseholdFacts household,
            @Schema(description = "The members' facts as surveyed") List<MemberFacts> members,
            List<PovertyCause> causes,
            List<SupportNeed> needs,
            String standardCode,
            HouseholdClass classification,
            List<String> deprivedIndicators,
            int scoreB,
            IncomeBasis incomeBasis,
            @Schema(description = "The full classification with its explanations") ClassificationView explanation,
            @Schema(description = "False once a later record of the same year replaced it") boolean current,
            @Schema(nullable = true) UUID supersedesId,
            @Schema(nullable = true) String correctionReason,
            @Schema(description = "A decision used it: it never changes") boolean locked,
            Instant createdAt,
            String createdBy) {
    }

    @Schema(name = "CitizenIdView", description = "A member's citizen ID in full (the read is audited)")
    public record CitizenIdView(UUID memberId, @Schema(nullable = true) String citizenId) {
    }

    // ------------------------------------------------------------------ the official record

    @Schema(name = "RectificationRequest", description = "An administrator's rectification: a documented decision of "
            + "its own that fixes a household's official class of a year (an error to put right between reviews)")
    public record RectificationRequest(
            @NotNull @Valid @Schema(description = "The corrected survey; its class becomes the official one") RecordRequest record,
            @NotBlank @Size(max = 500) @Schema(description = "Why the official class is rectified") String reason,
            @Size(max = 50) @Schema(nullable = true, example = "12/QĐ-UBND") String decisionNumber,
            @NotNull @PastOrPresent @Schema(description = "The date of the rectifying decision") LocalDate decidedOn) {
    }

    @Schema(name = "DecisionView", description = "A decision that fixed a household's official class of a year")
    public record DecisionView(
            UUID id,
            int year,
            LocalDate decidedOn,
            @Schema(description = "PERIODIC / REGULAR: the chairman's decision of a review; RECTIFICATION: an "
                    + "administrator's; RECORDED: a year's list recorded before decisions bound")
            OfficialStatus.DecisionKind kind,
            @Schema(nullable = true) UUID campaignId,
            @Schema(nullable = true) String decisionNumber,
            UUID recordId,
            HouseholdClass classification,
            @Schema(nullable = true, description = "The transition the decision named") String transition,
            @Schema(nullable = true) String reason,
            Instant createdAt,
            String createdBy) {
    }
}
