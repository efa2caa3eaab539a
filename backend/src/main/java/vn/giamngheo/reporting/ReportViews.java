package vn.giamngheo.reporting;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.classification.model.HouseholdClass;

/** Report contents, as JSON; the same contents export to XLSX and CSV. */
public final class ReportViews {

    private ReportViews() {
    }

    /** Which class's movement a report follows. */
    public enum MovementKind { POOR, NEAR_POOR }

    @Schema(name = "Count", description = "Households and the persons in them")
    public record Count(int households, int persons) {

        static final Count ZERO = new Count(0, 0);

        Count plus(Count other) {
            return new Count(households + other.households, persons + other.persons);
        }

        Count plus(int h, int p) {
            return new Count(households + h, persons + p);
        }
    }

    @Schema(name = "MovementFigures", description = "Start, decreases and increases by kind, end; end = start − "
            + "decreases + increases, in households and in persons")
    public record MovementFigures(
            Count start,
            @Schema(description = "POOR: TO_NEAR_POOR, ESCAPED (above near-poor), OTHER (moved, died, merged…); "
                    + "NEAR_POOR: TO_POOR, ESCAPED, OTHER") Map<String, Count> decreases,
            Count decreasesTotal,
            @Schema(description = "POOR: FROM_NEAR_POOR, RE_POOR, NEWLY_POOR, OTHER (new households, members of "
                    + "continuing households); NEAR_POOR: FROM_POOR, NEWLY_NEAR_POOR, OTHER") Map<String, Count> increases,
            Count increasesTotal,
            Count end) {
    }

    /** A report's file format; the constants are the file extensions, as they appear in the query. */
    @Schema(name = "ExportFormat", description = "xlsx: laid out like the official form; csv: UTF-8, one row per line")
    public enum ExportFormat {
        xlsx, csv
    }

    @Schema(name = "MovementRow", description = "One village (commune report) or one commune (province report)")
    public record MovementRow(@Schema(nullable = true) String key, String name, MovementFigures figures) {
    }

    @Schema(name = "MovementReport", description = "Movement of poor (or near-poor) households between two reviews")
    public record MovementReport(String areaCode, String areaName, MovementKind kind, int year,
            @Schema(description = "The review the start figures come from (year − 1)") int fromYear,
            List<MovementRow> rows, MovementFigures total) {
    }

    @Schema(name = "IndicatorMeasure", description = "One indicator in the Alkire–Foster measures")
    public record IndicatorMeasure(String code,
            @Schema(description = "Share of households deprived in it") double uncensoredHeadcount,
            @Schema(description = "Share of households multidimensionally poor and deprived in it") double censoredHeadcount,
            @Schema(description = "Its share of M0 (the contributions add up to 1)") double contribution) {
    }

    @Schema(name = "AlkireFosterView", description = "Alkire–Foster measures with equal indicator weights")
    public record AlkireFosterView(String areaCode, int year, @Schema(nullable = true) String standardCode,
            int indicatorCount, @Schema(description = "Poverty cut-off: deprived in at least k indicators") int k,
            @Schema(description = "Households with a record of the year") int households,
            @Schema(description = "Multidimensionally poor households (deprived in k or more)") int poor,
            @Schema(description = "Headcount ratio q / n") double headcount,
            @Schema(description = "Average intensity: the poor's average share of indicators deprived") double intensity,
            @Schema(description = "Adjusted headcount ratio H × A") double adjustedHeadcount,
            List<IndicatorMeasure> indicators) {
    }

    @Schema(name = "TransitionMatrix", description = "How many households moved from each class to each class")
    public record TransitionMatrix(String areaCode, int fromYear, int toYear,
            @Schema(description = "Rows: class in fromYear (NONE: no record); columns: class in toYear")
            Map<String, Map<String, Integer>> counts) {
    }

    /** A household's two reviews, as the movement needs them. */
    record HouseholdYears(String rowKey, HouseholdClass before, int personsBefore, HouseholdClass after,
            int personsAfter, boolean everPoorBefore) {
    }

    @Schema(name = "ReportColumn", description = "A column of a table report")
    public record ReportColumn(String key, String label) {
    }

    @Schema(name = "ReportRow", description = "A village (commune report), a commune (province report) or the total")
    public record ReportRow(@Schema(nullable = true) String key, String name, Map<String, Number> values) {
    }

    @Schema(name = "TableReport", description = "A statutory report's table: rows by village or commune, and the total")
    public record TableReport(String report, String title, String areaCode, String areaName, int year,
            @Schema(nullable = true) MovementKind kind, List<ReportColumn> columns, List<ReportRow> rows, ReportRow total) {
    }

    @Schema(name = "ListedMember", description = "A member of a listed household")
    public record ListedMember(String name, @Schema(nullable = true) Integer birthYear,
            @Schema(nullable = true) String sex, @Schema(nullable = true) String relationToHead,
            @Schema(nullable = true) String ethnicity) {
    }

    @Schema(name = "ListedHousehold", description = "A poor or near-poor household in the detailed list")
    public record ListedHousehold(String code, @Schema(nullable = true) String headName,
            @Schema(nullable = true) String villageName, String communeName, String classification,
            List<String> deprivedIndicators, List<ListedMember> members) {
    }

    @Schema(name = "HouseholdList", description = "The detailed list of poor (or near-poor) households with members")
    public record HouseholdList(String areaCode, String areaName, int year, MovementKind kind,
            List<ListedHousehold> households,
            @Schema(nullable = true, description = "The cursor of the next page (JSON only), none on the last")
            String nextCursor) {
    }
}
