package vn.giamngheo.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.imports.ImportCodes.Action;
import vn.giamngheo.imports.ImportCodes.FileFormat;
import vn.giamngheo.imports.ImportCodes.Kind;
import vn.giamngheo.imports.ImportCodes.Mode;
import vn.giamngheo.imports.ImportCodes.Phase;

/** What the imports API answers. */
public final class ImportViews {

    private ImportViews() {
    }

    @Schema(name = "ImportSummary", description = "What the commit does (after validation) or did (after the commit)")
    public record ImportSummary(int householdsTotal, int householdsNew, int householdsUpdated, int householdsUnchanged,
            int householdsRejected, int membersNew, int membersUpdated, int membersUnchanged, int membersRejected) {
    }

    @Schema(name = "ImportJob", description = "An import from upload to commit")
    public record ImportJobView(
            UUID id, Kind kind,
            @Schema(description = "The commune or province the file is for") String areaCode, String areaName,
            Mode mode, Phase phase, String fileName, FileFormat fileFormat, long fileSize,
            @Schema(description = "SHA-256 of the file, hex") String fileSha256,
            @Schema(nullable = true, description = "Data rows of the file (known once staged)") Integer rowsTotal,
            @Schema(description = "Rows the current phase has done") int rowsDone,
            @Schema(nullable = true, description = "Share of the current phase done, 0 to 1 (null while unknown)")
            Double progress,
            @Schema(nullable = true, description = "Rows per second in the current phase") Double rowsPerSecond,
            @Schema(nullable = true, description = "Seconds the current phase still needs, estimated") Long etaSeconds,
            Instant phaseStartedAt,
            @Schema(nullable = true, description = "Set once validated") ImportSummary summary,
            int issueCount,
            @Schema(nullable = true, description = "Why the job failed, or why a commit was refused") String failureCode,
            @Schema(nullable = true) String failureMessage,
            @Schema(nullable = true, description = "An earlier committed import of the same file for the same area: "
                    + "committing again changes only what changed in the registry since") UUID sameFileAs,
            Instant createdAt, String createdBy,
            @Schema(nullable = true) Instant committedAt, @Schema(nullable = true) String committedBy,
            @Schema(nullable = true, description = "Who asked for the undo (set from UNDOING on)") String undoneBy,
            @Schema(nullable = true) Instant undoneAt) {
    }

    @Schema(name = "ImportJobPage", description = "Imports, newest first")
    public record ImportJobPage(List<ImportJobView> items,
            @Schema(nullable = true, description = "Pass as 'after' for the next page; null on the last") String nextCursor) {
    }

    @Schema(name = "ImportIssue", description = "What is wrong with a row of the file")
    public record ImportIssueView(
            @Schema(description = "The row number in the file, as Excel shows it") int row,
            @Schema(nullable = true, description = "The column's key (see the template)") String column,
            @Schema(nullable = true, description = "The column's header in the template") String columnHeader,
            @Schema(description = "Stable code, e.g. import.citizen_id") String code,
            String messageVi, String messageEn) {
    }

    @Schema(name = "ImportIssuePage", description = "Issues in row order")
    public record ImportIssuePage(List<ImportIssueView> items, @Schema(nullable = true) String nextCursor) {
    }

    @Schema(name = "ImportHousehold", description = "A household of the file and what the commit does (did) with it")
    public record ImportHouseholdView(
            @Schema(description = "C:<household code>, N:<household number> or R:<row> (a row alone)") String key,
            int firstRow, int rowCount, Action action,
            @Schema(nullable = true) UUID householdId, @Schema(nullable = true) String householdCode,
            @Schema(nullable = true) String headName, int membersNew, int membersUpdated, int membersUnchanged,
            @Schema(nullable = true) Integer surveyYear,
            @Schema(nullable = true, description = "The class the file's survey gives") HouseholdClass classification,
            boolean committed) {
    }

    @Schema(name = "ImportHouseholdPage", description = "Households of the file in the order of their first row")
    public record ImportHouseholdPage(List<ImportHouseholdView> items, @Schema(nullable = true) String nextCursor) {
    }

    @Schema(name = "CommitImportRequest", description = "How to commit (by default the mode chosen at upload)")
    public record CommitImportRequest(@Schema(nullable = true) Mode mode) {
    }
}
