package vn.giamngheo.standard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.classification.engine.ParameterSpec;
import vn.giamngheo.classification.model.RuleFamily;
import vn.giamngheo.classification.model.StandardDefinition;

/** What the standards API reads and returns. */
public final class StandardViews {

    private StandardViews() {
    }

    /** How much of a standard may still be changed. */
    public enum Editability {
        /** A draft: everything. */
        ALL,
        /** Published, not yet used: only the parts marked provisional. */
        PROVISIONAL_ONLY,
        /** Used to classify households, or retired: nothing; copy it into a new draft. */
        NONE
    }

    @Schema(name = "StandardSummary", description = "A poverty standard in a list")
    public record StandardSummary(
            @Schema(example = "ND07_2021") String code,
            String name,
            String nameEn,
            String legalReference,
            @Schema(example = "2022") int yearFrom,
            @Schema(example = "2026") int yearTo,
            StandardStatus status,
            RuleFamily ruleFamily,
            @Schema(description = "Income lines per area type") Map<AreaType, StandardDefinition.IncomeLines> lines,
            int indicatorCount,
            @Schema(nullable = true) String basedOn,
            @Schema(nullable = true) Instant publishedAt,
            boolean inUse) {
    }

    @Schema(name = "StandardView", description = "A poverty standard with its full definition")
    public record StandardView(
            String code,
            StandardStatus status,
            @Schema(nullable = true, description = "The standard this one was copied from") String basedOn,
            @Schema(description = "Row version; the ETag is this number in double quotes") int version,
            Editability editable,
            boolean inUse,
            Instant updatedAt,
            String updatedBy,
            @Schema(nullable = true) Instant publishedAt,
            @Schema(nullable = true) String publishedBy,
            StandardDefinition definition) {
    }

    @Schema(name = "CopyStandardRequest", description = "Code (and optionally name) of the new draft")
    public record CopyStandardRequest(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{2,39}",
                    message = "3 to 40 capital letters, digits or _, starting with a letter")
            @Schema(example = "ND351_2025_V2") String newCode,
            @Schema(nullable = true, description = "Name of the draft; defaults to the original's") String name) {
    }

    @Schema(name = "StandardValidation", description = "Whether a standard can be published, and why not")
    public record StandardValidation(boolean valid, List<String> problems) {
    }

    @Schema(name = "IndicatorType", description = "An indicator the classifier can derive, with its parameters")
    public record IndicatorType(String code, String description, String descriptionEn,
            List<ParameterView> parameters) {
    }

    @Schema(name = "ParameterView", description = "A threshold parameter an indicator takes")
    public record ParameterView(
            @Schema(example = "minAge") String name,
            ParameterSpec.Type type,
            @Schema(description = "For CODES: the codes a list may contain") List<String> allowedValues,
            @Schema(nullable = true, example = "WaterSource", description = "For CODES: the code list (as in the facts)")
            String codeList,
            String description,
            String descriptionEn) {

        static ParameterView from(ParameterSpec p) {
            return new ParameterView(p.name(), p.type(), p.allowedValues(), p.codeList(), p.description(),
                    p.descriptionEn());
        }
    }
}
