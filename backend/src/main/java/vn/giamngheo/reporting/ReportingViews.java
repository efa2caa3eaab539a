package vn.giamngheo.reporting;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.reporting.ReportingCodes.Content;
import vn.giamngheo.reporting.ReportingCodes.DueRule;
import vn.giamngheo.reporting.ReportingCodes.OwnerLevel;
import vn.giamngheo.reporting.ReportingCodes.PeriodType;
import vn.giamngheo.reporting.ReportingCodes.RecipientLevel;
import vn.giamngheo.reporting.ReportingCodes.State;

/** Requests and responses of the reporting-obligations API. */
public final class ReportingViews {

    private ReportingViews() {
    }

    @Schema(name = "ObligationView", description = "A reporting obligation")
    public record ObligationView(String code, String title, String titleEn, @Schema(nullable = true) String legalBasis,
            PeriodType periodType, List<Integer> periods, DueRule dueRule, int dueDay,
            @Schema(nullable = true) Integer dueMonth, int opensDaysBeforeDue, OwnerLevel ownerLevel,
            RecipientLevel recipientLevel, Content content, List<Integer> reminderOffsets, int lockDays,
            boolean statutory,
            @Schema(nullable = true, description = "Only this province's units owe it; none: every province")
            String provinceCode, boolean active, int version) {
    }

    @Schema(name = "ObligationRequest", description = "A reporting obligation as the administrator defines it")
    public record ObligationRequest(
            @Schema(description = "When creating: the obligation's code (upper-case letters, digits, _); when "
                    + "updating: absent or the same") @Pattern(regexp = "[A-Z][A-Z0-9_]{2,39}") String code,
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 300) String titleEn,
            @Size(max = 300) String legalBasis,
            @NotNull PeriodType periodType,
            @Schema(description = "The periods of a year that owe it: months 1–12, quarters 1–4, halves 1–2, or [1]")
            @NotEmpty @Size(max = 12) List<@NotNull Integer> periods,
            @NotNull DueRule dueRule,
            @Schema(description = "DAY_OF_NEXT_MONTH: the day; FIXED_DATE: the day of dueMonth; DAYS_AFTER_PERIOD: days")
            @Min(0) @Max(366) int dueDay,
            @Schema(description = "FIXED_DATE only") @Min(1) @Max(12) Integer dueMonth,
            @Schema(description = "0: opens the day after the period ends; otherwise days before the due date")
            @Min(0) @Max(366) int opensDaysBeforeDue,
            @NotNull OwnerLevel ownerLevel,
            @Schema(description = "The level above the owner: PROVINCE, or MINISTRY for a province")
            @NotNull RecipientLevel recipientLevel,
            @NotNull Content content,
            @Schema(description = "Days relative to the due date: -5 five days before, 1 the day after")
            @NotNull @Size(max = 10) List<@NotNull @Min(-90) @Max(90) Integer> reminderOffsets,
            @Schema(description = "Days after the due date when a late submission needs the recipient to reopen it")
            @Min(0) @Max(366) int lockDays,
            @Schema(description = "A local obligation's province (a province officer's must be theirs); none: every "
                    + "province (the administrator only)") @Pattern(regexp = "[0-9]{2}") String provinceCode,
            boolean active) {
    }

    @Schema(name = "SubmissionRequest", description = "The narrative and attachment sent with the computed figures")
    public record SubmissionRequest(@Size(max = 20000) String narrative, @Size(max = 200) String attachmentName,
            @Schema(description = "base64", format = "byte") byte[] attachment) {
    }

    @Schema(name = "ReturnRequest", description = "Why the recipient returns a submission")
    public record ReturnRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "ReopenRequest", description = "Until when a locked report may still be submitted")
    public record ReopenRequest(@NotNull LocalDate until) {
    }

    @Schema(name = "ContactsRequest", description = "E-mail addresses to remind about a unit's reports")
    public record ContactsRequest(@NotNull @Size(max = 20) List<@NotBlank @Email @Size(max = 150) String> emails) {
    }

    @Schema(name = "SubmissionVersionView", description = "A submission as it was sent")
    public record SubmissionVersionView(int number, LocalDate submittedOn, Instant submittedAt, String submittedBy,
            @Schema(nullable = true) String narrative, @Schema(nullable = true) String attachmentName,
            Map<String, Object> figures) {
    }

    @Schema(name = "SubmissionView", description = "What a unit owes for a period, and where it stands")
    public record SubmissionView(UUID id, String obligationCode, String obligationTitle, String unitCode,
            String unitName, String provinceCode, LocalDate periodStart, LocalDate periodEnd, String periodLabel,
            LocalDate opensOn, LocalDate dueOn, LocalDate locksOn, State state,
            @Schema(nullable = true) LocalDate firstSubmittedOn, @Schema(nullable = true) String submittedBy,
            @Schema(nullable = true) String returnedReason, @Schema(nullable = true) LocalDate reopenedUntil,
            int versions, @Schema(description = "The versions, newest first (in the detail only)")
            List<SubmissionVersionView> history, int version) {
    }

    @Schema(name = "SubmissionPage", description = "One page of submissions; pass nextCursor as 'after'")
    public record SubmissionPage(List<SubmissionView> items, @Schema(nullable = true) String nextCursor) {
    }

    @Schema(name = "Timeliness", description = "Expected, submitted, on time, late and missing reports, and rates")
    public record Timeliness(String key, String name, int expected, int submitted, int onTime, int late,
            @Schema(description = "Not submitted after the due date") int missing,
            @Schema(description = "Not submitted, not yet due") int pending,
            @Schema(description = "submitted / expected, 0..1") double submittedRate,
            @Schema(description = "onTime / expected, 0..1") double onTimeRate) {
    }

    @Schema(name = "TimelinessReport", description = "Timeliness of an obligation's period, by unit of the level below")
    public record TimelinessReport(String obligationCode, String periodLabel, LocalDate dueOn,
            @Schema(nullable = true) String areaCode, Timeliness total, List<Timeliness> rows) {
    }

    @Schema(name = "ReminderView", description = "A reminder about a report the caller's unit owes")
    public record ReminderView(UUID submissionId, String obligationTitle, String unitName, String periodLabel,
            LocalDate dueOn, State state, int offsetDays, LocalDate sentOn) {
    }
}
