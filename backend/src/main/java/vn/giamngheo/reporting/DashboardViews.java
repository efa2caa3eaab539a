package vn.giamngheo.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Targets, historical figures and the dashboard. */
public final class DashboardViews {

    private DashboardViews() {
    }

    public enum TargetIndicator {
        /** Poor households, % of households (at most). */
        POVERTY_RATE,
        /** Near-poor households, % of households (at most). */
        NEAR_POVERTY_RATE,
        /** Poor households without labour capacity, % of households (at most). */
        NO_LABOUR_POOR_RATE,
        /** Households escaping poverty in the year (at least). */
        ESCAPED_HOUSEHOLDS,
        /** Poor households with a member of meritorious service (at most; the usual target is 0). */
        MERITORIOUS_POOR;

        public boolean atMost() {
            return this != ESCAPED_HOUSEHOLDS;
        }
    }

    /** GREEN: met or on the trajectory; AMBER: behind by less than a tenth of the way; RED: further behind. */
    public enum Light { GREEN, AMBER, RED, NO_DATA }

    @Schema(name = "HistoricalFigureRequest", description = "A year's figures entered by hand")
    public record HistoricalFigureRequest(@PositiveOrZero Integer households, @PositiveOrZero Integer poor,
            @Min(0) @Max(100) BigDecimal poorRate, @PositiveOrZero Integer nearPoor,
            @Min(0) @Max(100) BigDecimal nearPoorRate, @Size(max = 100) String standard,
            @NotBlank @Size(max = 500) @Schema(example = "Nghị quyết Đảng bộ phường Hương Xuân, 23/05/2022") String source) {
    }

    @Schema(name = "HistoricalFigureView", description = "A year's figures entered by hand")
    public record HistoricalFigureView(String unitCode, int year, @Schema(nullable = true) Integer households,
            @Schema(nullable = true) Integer poor, @Schema(nullable = true) BigDecimal poorRate,
            @Schema(nullable = true) Integer nearPoor, @Schema(nullable = true) BigDecimal nearPoorRate,
            @Schema(nullable = true) String standard, String source) {
    }

    @Schema(name = "PovertyTargetRequest", description = "A unit's target for a year")
    public record PovertyTargetRequest(@NotBlank @Pattern(regexp = "[0-9]{2}|[0-9]{5}") String unitCode,
            @NotNull @Min(2016) @Max(2100) Integer year, @NotNull TargetIndicator indicator,
            @NotNull @PositiveOrZero @Schema(description = "A rate in %, or a number of households") BigDecimal targetValue,
            @Min(2016) @Max(2100) Integer baselineYear, @PositiveOrZero BigDecimal baselineValue,
            @Size(max = 500) String source) {
    }

    @Schema(name = "PovertyTargetView", description = "A unit's target and where it stands")
    public record PovertyTargetView(UUID id, String unitCode, int year, TargetIndicator indicator, BigDecimal targetValue,
            @Schema(nullable = true) Integer baselineYear, @Schema(nullable = true) BigDecimal baselineValue,
            @Schema(nullable = true) String source,
            @Schema(nullable = true, description = "The latest actual value up to the target year") BigDecimal actual,
            @Schema(nullable = true) Integer actualYear,
            @Schema(nullable = true, description = "Where the straight line from the baseline to the target stands "
                    + "in the actual's year") BigDecimal trajectory,
            Light light, int version) {
    }

    @Schema(name = "YearFigure", description = "A year's households, poor and near-poor, and their rates (%)")
    public record YearFigure(int year, @Schema(nullable = true) Integer households, @Schema(nullable = true) Integer poor,
            @Schema(nullable = true) BigDecimal poorRate, @Schema(nullable = true) Integer nearPoor,
            @Schema(nullable = true) BigDecimal nearPoorRate,
            @Schema(description = "REGISTRY: computed from yearly records; HISTORICAL: entered by hand") String source) {
    }

    @Schema(name = "DeprivationShare", description = "How many poor households lack an indicator")
    public record DeprivationShare(String indicator, int poorDeprived, BigDecimal shareOfPoor) {
    }

    @Schema(name = "AreaValue", description = "A commune's (or province's) figures for the map")
    public record AreaValue(String code, String name, int households, int poor, BigDecimal poorRate, int nearPoor,
            BigDecimal nearPoorRate) {
    }

    @Schema(name = "DeadlineStatus", description = "An obligation's nearest period and how its units stand")
    public record DeadlineStatus(String obligationCode, String title, String periodLabel, LocalDate dueOn, int expected,
            int submitted, int onTime, int late, int missing) {
    }

    @Schema(name = "DashboardView", description = "Poverty over time, targets, deprivations, the map and the deadlines")
    public record DashboardView(String areaCode, String areaName, String level,
            @Schema(nullable = true) Integer latestYear, List<YearFigure> years, List<PovertyTargetView> targets,
            List<DeprivationShare> topDeprivations,
            @Schema(description = "Communes of a province, or provinces of the country") List<AreaValue> map,
            List<DeadlineStatus> deadlines) {
    }

    @Schema(name = "ProvisionalFigures", description = "PROVISIONAL, not the official record: the year's official "
            + "figures with the undecided surveys of open campaigns in place of the households' official classes")
    public record ProvisionalFigures(String areaCode, int year,
            @Schema(description = "Always PROVISIONAL") String basis,
            @Schema(description = "The official figures: every active household with the class its latest decision "
                    + "fixed") YearFigure official,
            @Schema(description = "The same with the proposals of open campaigns") YearFigure provisional,
            @Schema(description = "Undecided surveys counted in the provisional figures") int proposals) {
    }
}
