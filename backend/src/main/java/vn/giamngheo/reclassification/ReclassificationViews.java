package vn.giamngheo.reclassification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.reclassification.Reclassification.Phase;

/** What the re-classification API reads and answers. */
public final class ReclassificationViews {

    private ReclassificationViews() {
    }

    @Schema(name = "ReclassificationRequest", description = "Which province's households, which year's records, "
            + "under which published standard")
    public record ReclassificationRequest(
            @NotNull @Pattern(regexp = "[0-9]{2}", message = "must be a province code") String provinceCode,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull @Size(min = 1, max = 40) String standardCode) {
    }

    @Schema(name = "Reclassification", description = "A what-if: a province's households of a year classified under "
            + "another standard, kept apart from the official records")
    public record ReclassificationView(
            UUID id, String provinceCode, String provinceName, int year, String standardCode,
            Phase phase,
            @Schema(nullable = true, description = "Households with a record of the year (known once running)")
            Integer householdsTotal,
            int householdsDone,
            @Schema(description = "Households the standard could not classify (their survey lacks what it needs)")
            int householdsFailed,
            @Schema(nullable = true, description = "Households whose class differs from the official one (once done)")
            Integer householdsMoved,
            @Schema(nullable = true, description = "Share done, 0 to 1") Double progress,
            @Schema(nullable = true, description = "Households per second") Double householdsPerSecond,
            @Schema(nullable = true, description = "Seconds still needed, estimated") Long etaSeconds,
            @Schema(nullable = true) String failureCode, @Schema(nullable = true) String failureMessage,
            Instant createdAt, String createdBy,
            @Schema(nullable = true) Instant startedAt, @Schema(nullable = true) Instant finishedAt) {
    }

    @Schema(name = "ReclassificationPage", description = "Re-classifications, newest first")
    public record ReclassificationPage(List<ReclassificationView> items,
            @Schema(nullable = true, description = "Pass as 'after' for the next page; null on the last") String nextCursor) {
    }

    @Schema(name = "ReclassificationMovement", description = "Households moving from their official class to a class "
            + "under the standard. fromClass NONE: no decision for the year yet; toClass ERROR: not classifiable")
    public record MovementView(String fromClass, String toClass, int households) {
    }

    @Schema(name = "ReclassificationCommune", description = "One commune's households, officially and under the "
            + "standard")
    public record CommuneView(String communeCode, String communeName, int households,
            @Schema(description = "Poor and near-poor by their official class") int officialPoor, int officialNearPoor,
            @Schema(description = "Poor and near-poor under the standard") int whatIfPoor, int whatIfNearPoor,
            @Schema(description = "Households whose class differs") int moved,
            @Schema(description = "Official poverty rate, in percent of the households") double officialPoorRate,
            double whatIfPoorRate) {
    }

    @Schema(name = "ReclassificationComparison", description = "The result compared with the official classes: the "
            + "movements of the province (or of one commune), and every commune's counts")
    public record ComparisonView(ReclassificationView job, List<MovementView> movements, List<CommuneView> communes) {
    }
}
