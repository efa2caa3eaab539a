package vn.giamngheo.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.common.http.Downloads;
import vn.giamngheo.common.paging.PageLimits;
import vn.giamngheo.common.security.Roles;
import vn.giamngheo.reporting.ReportViews.AlkireFosterView;
import vn.giamngheo.reporting.ReportViews.ExportFormat;
import vn.giamngheo.reporting.ReportViews.HouseholdList;
import vn.giamngheo.reporting.ReportViews.MovementKind;
import vn.giamngheo.reporting.ReportViews.MovementReport;
import vn.giamngheo.reporting.ReportViews.TableReport;
import vn.giamngheo.reporting.ReportViews.TransitionMatrix;

/** Report contents from the registry, for a commune (rows by village) or a province (rows by commune). */
@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Statutory report contents and measures beyond the law")
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.AUDITOR,
    Roles.INTEGRATION})
public class ReportsResource {

    private static final String AREA = "A commune (5 digits) or a province (2 digits)";

    @Inject
    ReportQueries reports;

    @Inject
    StatutoryReports statutory;

    @GET
    @Path("/movement")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Movement of poor or near-poor households", description = "Between the review of year − 1 "
            + "and the review of the year: start, decreases and increases by kind, end, in households and persons "
            + "(end = start − decreases + increases, checked). As a file: downloadMovement.")
    public MovementReport getMovement(
            @Parameter(description = AREA) @QueryParam("areaCode") @NotNull @Pattern(regexp = "[0-9]{2}|[0-9]{5}") String areaCode,
            @QueryParam("year") @NotNull @Min(2017) @Max(2100) Integer year,
            @QueryParam("kind") @DefaultValue("POOR") MovementKind kind) {
        return reports.movement(areaCode, year, kind);
    }

    @GET
    @Path("/movement/download")
    @Produces({ReportExports.XLSX, ReportExports.CSV})
    @Operation(summary = "Download the movement report", description = "XLSX laid out like the official form "
            + "(Thông tư 07/2021, Phụ lục VII), or CSV (UTF-8); the figures of getMovement.")
    @APIResponse(responseCode = "200", description = "The report as a file", content = {
        @Content(mediaType = ReportExports.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = ReportExports.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response downloadMovement(
            @Parameter(description = AREA) @QueryParam("areaCode") @NotNull @Pattern(regexp = "[0-9]{2}|[0-9]{5}") String areaCode,
            @QueryParam("year") @NotNull @Min(2017) @Max(2100) Integer year,
            @QueryParam("kind") @DefaultValue("POOR") MovementKind kind,
            @QueryParam("format") @DefaultValue("xlsx") ExportFormat format) {
        MovementReport report = reports.movement(areaCode, year, kind);
        String name = "dien-bien-" + (kind == MovementKind.POOR ? "ho-ngheo" : "ho-can-ngheo") + "-" + areaCode + "-"
                + year;
        return render(format, report, name, ReportExports::movementXlsx, ReportExports::movementCsv);
    }

    @GET
    @Path("/alkire-foster")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Alkire–Foster measures", description = "Headcount H, intensity A and adjusted headcount "
            + "M0 over the households with a record of the year, equal indicator weights, poor when deprived in k "
            + "or more of the standard's indicators; censored headcounts and each indicator's contribution.")
    public AlkireFosterView getAlkireFoster(
            @Parameter(description = AREA) @QueryParam("areaCode") @NotNull @Pattern(regexp = "[0-9]{2}|[0-9]{5}") String areaCode,
            @QueryParam("year") @NotNull @Min(2016) @Max(2100) Integer year,
            @QueryParam("k") @DefaultValue("3") @Min(1) @Max(30) int k) {
        return reports.alkireFoster(areaCode, year, k);
    }

    @GET
    @Path("/transitions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Year-to-year transition matrix", description = "How many households moved from each class "
            + "(or no record) to each class between two reviews.")
    public TransitionMatrix getTransitions(
            @Parameter(description = AREA) @QueryParam("areaCode") @NotNull @Pattern(regexp = "[0-9]{2}|[0-9]{5}") String areaCode,
            @QueryParam("fromYear") @NotNull @Min(2016) @Max(2100) Integer fromYear,
            @QueryParam("toYear") @NotNull @Min(2016) @Max(2100) Integer toYear) {
        return reports.transitions(areaCode, fromYear, toYear);
    }

    static final String TABLE_NAMES = "summary|deprivations|subgroups|ethnicity|causes|children";

    @GET
    @Path("/tables/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A statutory report's table", description = "summary: results of the review (households, "
            + "persons, poor, near-poor, average-living); deprivations: count and % of the class's households per "
            + "indicator; subgroups: ethnic minority, no labour capacity, meritorious member, other; ethnicity: by the "
            + "head's ethnic group; causes: by cause of poverty; children: children's deprivations. Rows by village "
            + "(commune) or commune (province), then the total. As a file: downloadTableReport.")
    public TableReport getTableReport(
            @Parameter(schema = @Schema(enumeration = {"summary", "deprivations", "subgroups", "ethnicity", "causes",
                "children"})) @PathParam("name") @Pattern(regexp = TABLE_NAMES) String name,
            @Parameter(description = AREA) @QueryParam("areaCode") @NotNull @Pattern(regexp = "[0-9]{2}|[0-9]{5}") String areaCode,
            @QueryParam("year") @NotNull @Min(2016) @Max(2100) Integer year,
            @Parameter(description = "Poor or near-poor households (not used by summary)")
            @QueryParam("kind") @DefaultValue("POOR") MovementKind kind) {
        return statutory.table(name, areaCode, year, kind);
    }

    @GET
    @Path("/tables/{name}/download")
    @Produces({ReportExports.XLSX, ReportExports.CSV})
    @Operation(summary = "Download a statutory report's table", description = "XLSX laid out like the form, or CSV "
            + "(UTF-8); the figures of getTableReport.")
    @APIResponse(responseCode = "200", description = "The table as a file", content = {
        @Content(mediaType = ReportExports.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = ReportExports.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response downloadTableReport(
            @Parameter(schema = @Schema(enumeration = {"summary", "deprivations", "subgroups", "ethnicity", "causes",
                "children"})) @PathParam("name") @Pattern(regexp = TABLE_NAMES) String name,
            @Parameter(description = AREA) @QueryParam("areaCode") @NotNull @Pattern(regexp = "[0-9]{2}|[0-9]{5}") String areaCode,
            @QueryParam("year") @NotNull @Min(2016) @Max(2100) Integer year,
            @Parameter(description = "Poor or near-poor households (not used by summary)")
            @QueryParam("kind") @DefaultValue("POOR") MovementKind kind,
            @QueryParam("format") @DefaultValue("xlsx") ExportFormat format) {
        TableReport report = statutory.table(name, areaCode, year, kind);
        String file = "bieu-" + name + "-" + areaCode + "-" + year;
        return render(format, report, file, ReportExports::tableXlsx, ReportExports::tableCsv);
    }

    @GET
    @Path("/household-list")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The detailed list of poor or near-poor households", description = "With their members, "
            + "in pages in household code order (limit, then after = nextCursor). The whole list as a file: "
            + "downloadHouseholdList.")
    public HouseholdList getHouseholdList(
            @Parameter(description = AREA) @QueryParam("areaCode") @NotNull @Pattern(regexp = "[0-9]{2}|[0-9]{5}") String areaCode,
            @QueryParam("year") @NotNull @Min(2016) @Max(2100) Integer year,
            @QueryParam("kind") @DefaultValue("POOR") MovementKind kind,
            @Parameter(description = "Households per page")
            @QueryParam("limit") @DefaultValue("" + PageLimits.DEFAULT) @Min(1) @Max(PageLimits.MAX) int limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("after") String after) {
        return statutory.householdList(areaCode, year, kind, limit, after);
    }

    @GET
    @Path("/household-list/download")
    @Produces({ReportExports.XLSX, ReportExports.CSV})
    @Operation(summary = "Download the detailed list of poor or near-poor households", description = "The whole "
            + "list in commune, village and code order, as on the form: XLSX, or CSV (UTF-8).")
    @APIResponse(responseCode = "200", description = "The list as a file", content = {
        @Content(mediaType = ReportExports.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = ReportExports.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response downloadHouseholdList(
            @Parameter(description = AREA) @QueryParam("areaCode") @NotNull @Pattern(regexp = "[0-9]{2}|[0-9]{5}") String areaCode,
            @QueryParam("year") @NotNull @Min(2016) @Max(2100) Integer year,
            @QueryParam("kind") @DefaultValue("POOR") MovementKind kind,
            @QueryParam("format") @DefaultValue("xlsx") ExportFormat format) {
        HouseholdList list = statutory.householdList(areaCode, year, kind, null, null);
        String file = "danh-sach-" + (kind == MovementKind.POOR ? "ho-ngheo" : "ho-can-ngheo") + "-" + areaCode + "-" + year;
        return render(format, list, file, ReportExports::householdListXlsx, ReportExports::householdListCsv);
    }

    /** The report as a file named after it: the form's XLSX or a CSV. */
    private static <T> Response render(ExportFormat format, T report, String file, Function<T, byte[]> xlsx,
            Function<T, byte[]> csv) {
        return switch (format) {
            case xlsx -> Downloads.download(xlsx.apply(report), ReportExports.XLSX, file + ".xlsx");
            case csv -> Downloads.download(csv.apply(report), ReportExports.CSV + "; charset=UTF-8",
                    file + ".csv");
        };
    }
}
