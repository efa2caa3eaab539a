package vn.giamngheo.classification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.classification.model.Explanation;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.classification.model.HouseholdFacts;
import vn.giamngheo.classification.model.IncomeBasis;
import vn.giamngheo.classification.model.IndicatorSource;
import vn.giamngheo.classification.model.MemberFacts;

/** Requests and responses of the classification API (a contract other systems build against). */
public final class ClassificationViews {

    private ClassificationViews() {
    }

    @Schema(name = "EvaluateRequest", description = "A household to classify for a review year")
    public record EvaluateRequest(
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2025", description = "Review year") Integer year,
            @Schema(nullable = true, example = "ND07_2021",
                    description = "Standard to apply; by default the published standard governing the year")
            String standardCode,
            @Schema(nullable = true, description = "Date at which ages are counted; by default today, kept within "
                    + "the review year") LocalDate referenceDate,
            @Schema(nullable = true, description = "Which income line applies (required)") AreaType areaType,
            @Schema(nullable = true, example = "1450000",
                    description = "Measured average income per person per month, VND; wins over score A")
            Long monthlyIncomePerCapita,
            @Schema(nullable = true, example = "138", description = "Score A of the survey form (income proxy)")
            Integer scoreA,
            @Schema(nullable = true, description = "Indicators ticked by the officer (code → deprived); they override "
                    + "the derived ones", example = "{\"HEALTH_INSURANCE\": true, \"SANITATION\": false}")
            Map<String, Boolean> deprivations,
            @Schema(nullable = true, description = "Facts about the dwelling and the household") HouseholdFacts household,
            @Size(max = 60) @Schema(nullable = true, description = "Facts about each member")
            List<@Valid MemberFacts> members) {
    }

    @Schema(name = "CompareRequest", description = "A household to classify under several standards (what-if)")
    public record CompareRequest(
            @NotEmpty @Size(max = 10) @Schema(example = "[\"ND07_2021\", \"ND351_2025\"]") List<String> standardCodes,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2025") Integer year,
            @Schema(nullable = true) LocalDate referenceDate,
            @Schema(nullable = true) AreaType areaType,
            @Schema(nullable = true) Long monthlyIncomePerCapita,
            @Schema(nullable = true) Integer scoreA,
            @Schema(nullable = true) Map<String, Boolean> deprivations,
            @Schema(nullable = true) HouseholdFacts household,
            @Size(max = 60) @Schema(nullable = true) List<@Valid MemberFacts> members) {

        EvaluateRequest forStandard(String code, Map<String, Boolean> ticks) {
            return new EvaluateRequest(year, code, referenceDate, areaType, monthlyIncomePerCapita, scoreA, ticks,
                    household, members);
        }
    }

    @Schema(name = "IndicatorOutcome", description = "One indicator of the standard for this household")
    public record IndicatorOutcome(
            @Schema(example = "HEALTH_INSURANCE") String code,
            @Schema(example = "Bảo hiểm y tế") String name,
            @Schema(example = "Health insurance") String nameEn,
            @Schema(example = "HEALTH") String dimension,
            @Schema(example = "Y tế") String dimensionName,
            @Schema(example = "Health") String dimensionNameEn,
            boolean deprived,
            IndicatorSource source) {
    }

    @Schema(name = "ExplanationView", description = "Why one indicator is deprived")
    public record ExplanationView(
            @Schema(example = "HEALTH_INSURANCE") String indicator,
            IndicatorSource source,
            @Schema(nullable = true, description = "Position of the member in the request's members") Integer memberIndex,
            @Schema(nullable = true, example = "Nguyễn Văn A") String memberName,
            @Schema(example = "Nguyễn Văn A, 34 tuổi, không có thẻ BHYT") String text,
            @Schema(example = "Nguyễn Văn A, aged 34, has no health insurance card") String textEn) {

        static ExplanationView from(Explanation e) {
            return new ExplanationView(e.indicator(), e.source(), e.memberIndex(), e.memberName(), e.text(), e.textEn());
        }
    }

    @Schema(name = "Subgroups", description = "Subgroups reports break out; null when the facts do not tell")
    public record Subgroups(
            @Schema(nullable = true, description = "No working-age member able to work") Boolean noLabourCapacity,
            @Schema(nullable = true, description = "A member has meritorious status (người có công)")
            Boolean meritoriousMember,
            @Schema(nullable = true, description = "The head belongs to an ethnic minority") Boolean ethnicMinority) {
    }

    @Schema(name = "ClassificationView", description = "The class of a household and why")
    public record ClassificationView(
            @Schema(example = "ND07_2021") String standardCode,
            String standardName,
            String standardNameEn,
            @Schema(example = "2025") int year,
            LocalDate referenceDate,
            HouseholdClass classification,
            @Schema(description = "Deprived indicators in form order") List<String> deprivedIndicators,
            int deprivationCount,
            @Schema(description = "Score B: points per deprived indicator") int scoreB,
            IncomeBasis incomeBasis,
            List<ExplanationView> explanations,
            Subgroups subgroups,
            @Schema(description = "Every indicator of the standard, deprived or not, with its source")
            List<IndicatorOutcome> indicators,
            @Schema(description = "Indicators neither given nor derivable from the facts (counted as not deprived)")
            List<String> undeterminedIndicators,
            @Schema(description = "Compare only: ticks left out because this standard has no such indicator")
            List<String> ignoredDeprivations) {
    }

    @Schema(name = "ComparisonView", description = "The same household under each standard asked for")
    public record ComparisonView(List<ClassificationView> results) {
    }
}
