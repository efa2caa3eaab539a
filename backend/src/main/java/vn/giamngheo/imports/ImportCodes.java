package vn.giamngheo.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The codes of an import job. */
public final class ImportCodes {

    private ImportCodes() {
    }

    @Schema(name = "ImportKind", description = "What a file holds. HOUSEHOLDS: households with their members, one row "
            + "per member, and optionally each household's survey of a year on its head's row")
    public enum Kind { HOUSEHOLDS }

    @Schema(name = "ImportMode", description = "ALL_OR_NOTHING: the commit writes every household of the file in one "
            + "transaction, and is refused while any household is rejected. PER_HOUSEHOLD: the households that "
            + "passed are written, each whole or not at all; a rejected one never blocks or half-writes another")
    public enum Mode { ALL_OR_NOTHING, PER_HOUSEHOLD }

    @Schema(name = "ImportPhase", description = "QUEUED → STAGING (the file's rows go to the staging table) → "
            + "VALIDATING (every row checked, every household classified, nothing written) → VALIDATED; on request "
            + "COMMITTING → COMMITTED; on request UNDOING → UNDONE (the households it created removed, the ones it "
            + "updated put back), or COMMITTED again when newer changes touched one of them (see failure). "
            + "CANCELLED: given up before the commit. FAILED: the file could not be read (see failure)")
    public enum Phase {
        QUEUED, STAGING, VALIDATING, VALIDATED, COMMITTING, COMMITTED, UNDOING, UNDONE, CANCELLED, FAILED;

        /** A phase a runner works on (and takes up again after a restart). */
        public boolean running() {
            return this == QUEUED || this == STAGING || this == VALIDATING || this == COMMITTING || this == UNDOING;
        }
    }

    @Schema(name = "ImportAction", description = "What the commit does (or did) with a household of the file")
    public enum Action { NEW, UPDATED, UNCHANGED, REJECTED }

    @Schema(name = "FileFormat", description = "XLSX (Excel) or CSV (UTF-8, comma-separated)")
    public enum FileFormat { XLSX, CSV }
}
