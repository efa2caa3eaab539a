package vn.giamngheo.support;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.support.SupportCodes.AgencyKind;
import vn.giamngheo.support.SupportCodes.AgencyLevel;
import vn.giamngheo.support.SupportCodes.CrossCheckMode;
import vn.giamngheo.support.SupportCodes.FindingOutcome;
import vn.giamngheo.support.SupportCodes.FundingSource;
import vn.giamngheo.support.SupportCodes.ItemStatus;
import vn.giamngheo.support.SupportCodes.SupportType;

/** Requests and responses of the support API. */
public final class SupportViews {

    private SupportViews() {
    }

    // ------------------------------------------------------------------ requests

    @Schema(name = "AgencyRequest", description = "A helping agency")
    public record AgencyRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Trạm Khuyến nông lâm ngư") String name,
            @NotNull AgencyKind kind, @NotNull AgencyLevel level,
            @NotBlank @Pattern(regexp = "[0-9]{2}") @Schema(example = "46") String provinceCode,
            @Size(max = 150) String contactName,
            @Pattern(regexp = "[0-9+ .-]{6,20}", message = "must be a phone number") String contactPhone,
            @Email @Size(max = 150) String contactEmail) {
    }

    @Schema(name = "HelpGroupRequest", description = "A help group: its lead, its member agencies and its communes")
    public record HelpGroupRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Nhóm giúp đỡ xã Nam Đông") String name,
            @NotBlank @Pattern(regexp = "[0-9]{2}") String provinceCode,
            @NotNull UUID leadAgencyId,
            @Size(max = 50) Set<@NotNull UUID> memberAgencyIds,
            @NotEmpty @Size(max = 50) Set<@NotNull @Pattern(regexp = "[0-9]{5}") String> communeCodes) {
    }

    @Schema(name = "LeadChangeRequest", description = "Another agency leads the group from a date, for a reason")
    public record LeadChangeRequest(@NotNull UUID agencyId, @NotNull LocalDate changedOn,
            @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "AssignHouseholdsRequest", description = "Households the group helps from now on")
    public record AssignHouseholdsRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> householdIds,
            @NotNull LocalDate assignedOn) {
    }

    @Schema(name = "KindPolicyRequest", description = "A province's policy on a kind of support")
    public record KindPolicyRequest(@NotNull Boolean discouraged, @Size(max = 1000) String note) {
    }

    @Schema(name = "PlanRequest", description = "A household's support plan for a year")
    public record PlanRequest(@NotNull UUID householdId,
            @NotNull @Min(2016) @Max(2100) @Schema(example = "2026") Integer year,
            @NotNull @Min(2016) @Max(2100) @Schema(description = "The year the household aims to escape poverty",
                    example = "2027") Integer escapeYear,
            @Schema(description = "Derived from the household's causes of poverty when left out") SupportType supportType) {
    }

    @Schema(name = "SupportItemRequest", description = "An item of a plan, from the support catalogue")
    public record SupportItemRequest(
            @NotBlank @Schema(example = "LATRINE") String kindCode,
            @Size(max = 500) String description,
            @NotNull @Positive @Schema(example = "1") BigDecimal quantity,
            @Size(max = 30) @Schema(description = "The catalogue's unit when left out") String unit,
            @NotNull @PositiveOrZero @Schema(example = "6500000") Long valueVnd,
            @NotNull FundingSource fundingSource,
            @NotNull LocalDate plannedOn,
            @Schema(description = "The agency that gives it: the caller's agency, or else the group's lead") UUID agencyId) {
    }

    @Schema(name = "DeliveryRequest", description = "The item reached the household")
    public record DeliveryRequest(@NotNull LocalDate deliveredOn) {
    }

    @Schema(name = "CancellationRequest", description = "Why a planned item is dropped")
    public record CancellationRequest(@NotBlank @Size(max = 300) String reason) {
    }

    @Schema(name = "CommitmentRequest", description = "The signed commitment (bản cam kết) between agency and household")
    public record CommitmentRequest(@NotNull LocalDate signedOn,
            @NotBlank @Size(max = 1000) @Schema(example = "Đặng Văn Nông (Trạm Khuyến nông); Hồ Văn Tâm (chủ hộ)")
            String signatories,
            @Size(max = 200) String fileName,
            @Schema(description = "The scanned commitment, base64 (PDF or image)", format = "byte") byte[] file) {
    }

    @Schema(name = "VisitRequest", description = "A follow-up visit to the household")
    public record VisitRequest(@NotNull LocalDate visitedOn, @NotBlank @Size(max = 150) String visitor,
            @NotBlank @Size(max = 2000) String observed, @Size(max = 1000) String nextStep) {
    }

    @Schema(name = "CrossCheckPairRequest", description = "Two groups that inspect each other")
    public record CrossCheckPairRequest(@NotNull UUID groupA, @NotNull UUID groupB,
            @NotNull @Min(2016) @Max(2100) Integer year) {
    }

    @Schema(name = "CrossCheckSampleRequest", description = "A group inspects a random sample of another's households")
    public record CrossCheckSampleRequest(@NotNull UUID inspectorGroupId, @NotNull UUID inspectedGroupId,
            @NotNull @Min(2016) @Max(2100) Integer year, @NotNull @Min(1) @Max(200) Integer size) {
    }

    @Schema(name = "FindingRequest", description = "What the inspector found")
    public record FindingRequest(@NotNull UUID householdId,
            @Schema(description = "The item concerned, if one") UUID itemId,
            @NotNull FindingOutcome outcome, @Size(max = 2000) String remarks, @NotNull LocalDate foundOn) {
    }

    // ------------------------------------------------------------------ responses

    @Schema(name = "AgencyRef", description = "An agency, by name")
    public record AgencyRef(UUID id, String name) {
    }

    @Schema(name = "AgencyView", description = "A helping agency and its users")
    public record AgencyView(UUID id, String name, AgencyKind kind, AgencyLevel level, String provinceCode,
            @Schema(nullable = true) String contactName, @Schema(nullable = true) String contactPhone,
            @Schema(nullable = true) String contactEmail, List<String> users, int version) {
    }

    @Schema(name = "CommuneRef", description = "A commune, by name")
    public record CommuneRef(String code, String name) {
    }

    @Schema(name = "LeadChangeView", description = "A change of lead")
    public record LeadChangeView(AgencyRef from, AgencyRef to, LocalDate changedOn, String reason, String changedBy) {
    }

    @Schema(name = "HelpGroupView", description = "A help group")
    public record HelpGroupView(UUID id, String name, String provinceCode, AgencyRef lead, List<AgencyRef> members,
            List<CommuneRef> communes, int households, List<LeadChangeView> leadChanges, int version) {
    }

    @Schema(name = "SupportKindView", description = "A kind of support, with what it addresses and the province's policy")
    public record SupportKindView(String code, String name, String nameEn, List<String> indicators,
            boolean addressesIncome, String unit, boolean discouraged, @Schema(nullable = true) String policyNote) {
    }

    @Schema(name = "TargetView", description = "A poor or near-poor household, for targeting support")
    public record TargetView(UUID householdId, String householdCode, @Schema(nullable = true) String headName,
            String communeCode, @Schema(nullable = true) String villageName,
            @Schema(nullable = true) HouseholdClass latestClass, @Schema(nullable = true) Integer latestYear,
            List<String> deprivedIndicators, List<String> causes, List<String> needs, SupportType supportType,
            @Schema(description = "Poor with land and labour: the group support should reach first") boolean priority,
            @Schema(nullable = true) UUID groupId, @Schema(nullable = true) String groupName) {
    }

    @Schema(name = "TargetPage", description = "One page of households; pass nextCursor as 'after' for the next")
    public record TargetPage(List<TargetView> items, @Schema(nullable = true) String nextCursor) {
    }

    @Schema(name = "SupportItemView", description = "An item of a plan, with its warnings")
    public record SupportItemView(UUID id, String kindCode, String kindName, AgencyRef agency,
            @Schema(nullable = true) String description, BigDecimal quantity, String unit, long valueVnd,
            FundingSource fundingSource, LocalDate plannedOn, @Schema(nullable = true) LocalDate deliveredOn,
            ItemStatus status,
            @Schema(description = "support.kind_discouraged (the province discourages this kind), "
                    + "support.item_addresses_no_need (nothing the household lacks: review it)") List<String> warnings) {
    }

    @Schema(name = "CommitmentView", description = "The signed commitment")
    public record CommitmentView(LocalDate signedOn, String signatories, @Schema(nullable = true) String fileName,
            boolean hasFile, String recordedBy, Instant recordedAt) {
    }

    @Schema(name = "VisitView", description = "A follow-up visit")
    public record VisitView(UUID id, LocalDate visitedOn, String visitor, String observed,
            @Schema(nullable = true) String nextStep, String recordedBy) {
    }

    @Schema(name = "PlanView", description = "A household's support plan")
    public record PlanView(UUID id, UUID householdId, String householdCode, @Schema(nullable = true) String headName,
            String communeCode, AgencyRef group, int year, int escapeYear, SupportType supportType,
            List<SupportItemView> items, @Schema(nullable = true) CommitmentView commitment, List<VisitView> visits,
            @Schema(nullable = true) LocalDate lastVisitOn,
            @Schema(description = "Active this year and not visited this month") boolean visitOverdue,
            long plannedValueVnd, long deliveredValueVnd, int version) {
    }

    @Schema(name = "PlanSummary", description = "A plan in a list")
    public record PlanSummary(UUID id, UUID householdId, String householdCode, @Schema(nullable = true) String headName,
            AgencyRef group, int year, int escapeYear, SupportType supportType, int items, int delivered,
            boolean committed, @Schema(nullable = true) LocalDate lastVisitOn, boolean visitOverdue) {
    }

    @Schema(name = "OverdueVisitView", description = "A household with an active plan and no visit this month")
    public record OverdueVisitView(UUID planId, UUID householdId, String householdCode,
            @Schema(nullable = true) String headName, AgencyRef group, @Schema(nullable = true) LocalDate lastVisitOn) {
    }

    @Schema(name = "FindingView", description = "A cross-check finding")
    public record FindingView(UUID id, UUID checkId, UUID householdId, String householdCode,
            @Schema(nullable = true) UUID itemId, @Schema(nullable = true) String kindCode, FindingOutcome outcome,
            @Schema(nullable = true) String remarks, LocalDate foundOn, String recordedBy) {
    }

    @Schema(name = "CrossCheckView", description = "A group inspecting another group's support")
    public record CrossCheckView(UUID id, int year, CrossCheckMode mode, AgencyRef inspector, AgencyRef inspected,
            @Schema(description = "Households to inspect") List<UUID> householdIds, List<FindingView> findings) {
    }

    @Schema(name = "FindingCounts", description = "Cross-check findings by outcome")
    public record FindingCounts(int delivered, int notDelivered, int notUsed) {
    }

    @Schema(name = "SupportReport", description = "What a group or an agency did in a year")
    public record SupportReport(UUID id, String name, int year, int householdsAssigned, int plans,
            int itemsPlanned, int itemsDelivered, long valuePlannedVnd, long valueDeliveredVnd,
            @Schema(description = "Months with a visit, over months a visit was due (plan months so far)")
            int visitMonthsDone, int visitMonthsDue,
            @Schema(nullable = true, description = "visitMonthsDone / visitMonthsDue, 0..1") Double visitsOnTime,
            @Schema(description = "Findings of others about this group's (agency's) households") FindingCounts findingsReceived,
            @Schema(description = "Findings this group made inspecting others") int findingsMade,
            int plannedEscapes, int householdsEscaped) {
    }

    @Schema(name = "KindEffect", description = "For one kind: did the targeted deprivation go away?")
    public record KindEffect(String kindCode, String kindName, List<String> indicators,
            @Schema(description = "Households that received it in the year") int householdsReceived,
            @Schema(description = "Of those, with a later yearly record") int householdsFollowed,
            @Schema(description = "Of those, no targeted indicator deprived (or, for income kinds, no longer poor)")
            int householdsImproved,
            @Schema(nullable = true, description = "householdsImproved / householdsFollowed, 0..1") Double share) {
    }

    @Schema(name = "SupportEffect", description = "What support changed at the next yearly record")
    public record SupportEffect(int year, @Schema(nullable = true) String areaCode, List<KindEffect> kinds,
            @Schema(description = "Plans that aimed to escape poverty in the year") int plannedEscapes,
            @Schema(description = "Of those, not poor in that year's record") int escaped,
            @Schema(nullable = true) Double escapeShare) {
    }
}
