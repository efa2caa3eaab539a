package vn.giamngheo.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.household.HouseholdViews.RecordRequest;
import vn.giamngheo.review.ReviewCodes.CampaignKind;
import vn.giamngheo.review.ReviewCodes.CampaignStatus;
import vn.giamngheo.review.ReviewCodes.ComplaintKind;
import vn.giamngheo.review.ReviewCodes.ComplaintOutcome;
import vn.giamngheo.review.ReviewCodes.ItemOrigin;
import vn.giamngheo.review.ReviewCodes.ItemState;
import vn.giamngheo.review.ReviewCodes.RequestForm;
import vn.giamngheo.review.ReviewCodes.Step;
import vn.giamngheo.review.ReviewCodes.Transition;

/** Requests and responses of the review API. */
public final class ReviewViews {

    private ReviewViews() {
    }

    // ------------------------------------------------------------------ requests

    @Schema(name = "CreateCampaignRequest", description = "A periodic review for a year, or a regular one for a month")
    public record CreateCampaignRequest(
            @NotBlank @Pattern(regexp = "[0-9]{5}") @Schema(example = "20179") String communeCode,
            @NotNull CampaignKind kind,
            @NotNull @Min(2016) @Max(2100) @Schema(example = "2026") Integer year,
            @Min(1) @Max(12) @Schema(description = "Regular reviews only") Integer month) {
    }

    @Schema(name = "DeadlinesRequest", description = "The province's own due dates for the steps")
    public record DeadlinesRequest(@NotNull LocalDate surveyDue, @NotNull LocalDate meetingsDue,
            @NotNull LocalDate postingDue, @NotNull LocalDate opinionDue, @NotNull LocalDate decisionDue,
            @Min(1) @Max(30) Integer postingDays, @Min(1) @Max(30) Integer recheckDays) {
    }

    @Schema(name = "ApplicantRequest", description = "A household that asked to be reviewed (Mẫu 01) or to be "
            + "recognised as out of poverty (Mẫu 04), with its quick screening (Phiếu A)")
    public record ApplicantRequest(@NotNull UUID householdId, @NotNull RequestForm form, @NotNull LocalDate requestedOn,
            @NotNull @Schema(description = "Passed the quick screen (Phiếu A)") Boolean screeningPassed,
            @Size(max = 500) String screeningNote) {
    }

    @Schema(name = "ExclusionRequest", description = "Why a listed household is not reviewed")
    public record ExclusionRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "MeetingRequest", description = "A village meeting on the village's survey results")
    public record MeetingRequest(
            @Schema(description = "The village; leave out for the households not assigned to a village") UUID villageId,
            @NotNull LocalDate heldOn,
            @NotBlank @Size(max = 150) String chair,
            @NotNull @Min(1) Integer attendees,
            @NotNull @PositiveOrZero Integer agreeing,
            @Size(max = 200) String minutesName,
            @Schema(description = "The minutes, base64 (PDF or image)", format = "byte") byte[] minutes) {
    }

    @Schema(name = "PostingRequest", description = "Public posting of the confirmed results")
    public record PostingRequest(@NotNull LocalDate startsOn,
            @Min(1) @Max(30) @Schema(description = "Working days; by default the campaign's (3)") Integer workingDays) {
    }

    @Schema(name = "ComplaintRequest", description = "A complaint about a posted result")
    public record ComplaintRequest(@NotNull UUID itemId, @NotBlank @Size(max = 150) String complainant,
            @NotNull ComplaintKind kind, @Size(max = 2000) String content, @NotNull LocalDate receivedOn) {
    }

    @Schema(name = "ComplaintResolutionRequest", description = "The outcome of the re-check (phúc tra)")
    public record ComplaintResolutionRequest(@NotNull ComplaintOutcome outcome, @NotNull LocalDate resolvedOn,
            @Size(max = 2000) String resolution) {
    }

    @Schema(name = "OpinionRequest", description = "The level above's opinion on the results")
    public record OpinionRequest(@NotNull LocalDate givenOn, @NotBlank @Size(max = 2000) String text) {
    }

    @Schema(name = "DecisionRequest", description = "The chairman's decision recognising the results (Mẫu 02)")
    public record DecisionRequest(@NotBlank @Size(max = 50) @Schema(example = "125/QĐ-UBND") String number,
            @NotNull LocalDate decidedOn) {
    }

    @Schema(name = "SurveyRequest", description = "The survey of a listed household: a yearly record of the registry")
    public record SurveyRequest(@NotNull @Valid RecordRequest record) {
    }

    // ------------------------------------------------------------------ responses

    @Schema(name = "StepDeadline", description = "A step's due date and whether it is late")
    public record StepDeadline(Step step, LocalDate due, boolean done, boolean late) {
    }

    @Schema(name = "VillageProgress", description = "Where a village's households stand")
    public record VillageProgress(@Schema(nullable = true) UUID villageId, @Schema(nullable = true) String villageName,
            Map<ItemState, Integer> states, @Schema(nullable = true) Boolean lastMeetingPassed) {
    }

    @Schema(name = "CampaignView", description = "A review campaign of a commune and its progress")
    public record CampaignView(
            UUID id, String communeCode, String communeName, String provinceCode, CampaignKind kind, int year,
            @Schema(nullable = true) Integer month, CampaignStatus status, LocalDate opensOn, LocalDate closesOn,
            int postingDays, int recheckDays,
            List<StepDeadline> deadlines,
            @Schema(description = "Steps past their due date and not done") List<Step> lateSteps,
            Map<ItemState, Integer> states,
            List<VillageProgress> villages,
            @Schema(description = "Listed households without a result or a recorded reason") int gaps,
            @Schema(nullable = true) LocalDate postingEndsOn,
            @Schema(nullable = true) String opinionBy, @Schema(nullable = true) LocalDate opinionOn,
            @Schema(nullable = true) String opinionText,
            @Schema(nullable = true) String decisionNumber, @Schema(nullable = true) LocalDate decisionOn,
            @Schema(nullable = true) String decidedBy,
            int version) {
    }

    @Schema(name = "CampaignSummary", description = "A campaign in a list")
    public record CampaignSummary(UUID id, String communeCode, String communeName, CampaignKind kind, int year,
            @Schema(nullable = true) Integer month, CampaignStatus status, int households, int gaps,
            List<Step> lateSteps, LocalDate decisionDue) {
    }

    @Schema(name = "ReviewItemView", description = "A household on a campaign's list")
    public record ReviewItemView(
            UUID id, UUID householdId, String householdCode, @Schema(nullable = true) String headName,
            @Schema(nullable = true) UUID villageId, @Schema(nullable = true) String villageName,
            ItemOrigin origin, @Schema(nullable = true) RequestForm requestForm,
            @Schema(nullable = true) LocalDate requestedOn, @Schema(nullable = true) LocalDate decideBy,
            @Schema(nullable = true) Boolean screeningPassed, @Schema(nullable = true) String screeningNote,
            ItemState state, @Schema(nullable = true) HouseholdClass previousClass,
            @Schema(nullable = true) UUID recordId, @Schema(nullable = true) HouseholdClass proposedClass,
            @Schema(nullable = true) List<String> deprivedIndicators,
            @Schema(nullable = true) HouseholdClass finalClass, @Schema(nullable = true) Transition transition,
            @Schema(nullable = true) String excludedReason, @Schema(nullable = true) String note) {
    }

    @Schema(name = "MeetingView", description = "A village meeting")
    public record MeetingView(UUID id, @Schema(nullable = true) UUID villageId, @Schema(nullable = true) String villageName,
            LocalDate heldOn, String chair, int attendees, int agreeing, boolean passed, int households,
            @Schema(nullable = true) String minutesName) {
    }

    @Schema(name = "PostingView", description = "A public posting")
    public record PostingView(UUID id, LocalDate startsOn, int workingDays, LocalDate endsOn, int households) {
    }

    @Schema(name = "ComplaintView", description = "A complaint and its re-check")
    public record ComplaintView(UUID id, UUID itemId, String householdCode, String complainant, ComplaintKind kind,
            @Schema(nullable = true) String content, LocalDate receivedOn, LocalDate recheckDue, boolean late,
            @Schema(nullable = true) LocalDate resolvedOn, @Schema(nullable = true) ComplaintOutcome outcome,
            @Schema(nullable = true) String resolution) {
    }

    @Schema(name = "CampaignPage", description = "One page of campaigns; pass nextCursor as 'after' for the next")
    public record CampaignPage(List<CampaignSummary> items,
            @Schema(nullable = true, description = "Cursor of the next page; null on the last page") String nextCursor) {
    }

    @Schema(name = "ReviewItemPage", description = "One page of a campaign's households; pass nextCursor as 'after'")
    public record ReviewItemPage(List<ReviewItemView> items,
            @Schema(nullable = true, description = "Cursor of the next page; null on the last page") String nextCursor) {
    }

    @Schema(name = "GapView", description = "A listed household without a result or a recorded reason")
    public record GapView(UUID itemId, UUID householdId, String householdCode, @Schema(nullable = true) String headName,
            @Schema(nullable = true) UUID villageId, @Schema(nullable = true) String villageName, ItemState state,
            @Schema(description = "The step it waits for") Step waitsFor) {
    }

    @Schema(name = "HolidayView", description = "A public holiday")
    public record HolidayView(LocalDate day, String name) {
    }

    @Schema(name = "HolidayRequest", description = "The name of a public holiday")
    public record HolidayRequest(@NotBlank @Size(max = 120) String name) {
    }

    @Schema(name = "WorkingDaysView", description = "The last day of a period of working days")
    public record WorkingDaysView(LocalDate startsOn, int workingDays, LocalDate endsOn) {
    }
}
