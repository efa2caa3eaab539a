package vn.giamngheo.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.giamngheo.area.AdminUnit;
import vn.giamngheo.common.http.Downloads;
import vn.giamngheo.common.paging.PageLimits;
import vn.giamngheo.common.security.Roles;
import vn.giamngheo.imports.ImportCodes.Action;
import vn.giamngheo.imports.ImportCodes.Kind;
import vn.giamngheo.imports.ImportCodes.Mode;
import vn.giamngheo.imports.ImportViews.CommitImportRequest;
import vn.giamngheo.imports.ImportViews.ImportHouseholdPage;
import vn.giamngheo.imports.ImportViews.ImportIssuePage;
import vn.giamngheo.imports.ImportViews.ImportJobPage;
import vn.giamngheo.imports.ImportViews.ImportJobView;
import vn.giamngheo.reporting.ReportExports;
import vn.giamngheo.reporting.ReportViews.ExportFormat;

/**
 * Bulk imports of household lists: the template, the upload (a job, answered at once), its progress, what
 * validation found (counts, issues, the error workbook), the commit, the cancel and the undo. Officers of a commune import
 * for their commune; a province's officers (and its system) for the province or one of its communes.
 */
@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Household lists brought from Excel or CSV files: validated whole, then committed")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    private static final String AREA = "[0-9]{2}|[0-9]{5}";

    @Inject
    ImportService imports;

    @Inject
    ImportTemplates templates;

    @GET
    @Path("/templates/{kind}")
    @Produces({ReportExports.XLSX, ReportExports.CSV})
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.INTEGRATION})
    @Operation(summary = "Download an import template", description = "XLSX: the Vietnamese headers (with a note on "
            + "each), dropdowns fed by a hidden sheet of code lists (relation, sex, ethnicity, the yes/no facts, the "
            + "area's communes and, for a commune, its villages), text format for codes and citizen IDs, and a sheet of "
            + "instructions. CSV: the headers only (UTF-8 with a BOM); a file may use the column keys instead.")
    @APIResponse(responseCode = "200", description = "The template", content = {
        @Content(mediaType = ReportExports.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = ReportExports.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response downloadImportTemplate(@PathParam("kind") Kind kind,
            @Parameter(description = "The commune or province the file will be for (its communes and villages fill "
                    + "the dropdowns)") @QueryParam("areaCode") @Pattern(regexp = AREA) String areaCode,
            @QueryParam("format") @DefaultValue("xlsx") ExportFormat format) {
        if (format == ExportFormat.csv) {
            return Downloads.download(templates.csv(), ReportExports.CSV + "; charset=UTF-8", "mau-nhap-ho.csv");
        }
        AdminUnit area = templates.area(areaCode);
        return Downloads.download(templates.xlsx(area), ReportExports.XLSX, "mau-nhap-ho-" + area.code + ".xlsx");
    }

    @Schema(name = "ImportUpload", description = "The multipart form of an upload")
    public static final class UploadForm {
        @Schema(type = SchemaType.STRING, format = "binary", description = "The XLSX or CSV file (up to 256 MB)")
        public String file;
        @Schema(description = "The commune (5 digits) or province (2 digits) the file is for", example = "20179")
        public String areaCode;
        @Schema(description = "HOUSEHOLDS when left out")
        public Kind kind;
        @Schema(description = "PER_HOUSEHOLD when left out; the commit may choose again")
        public Mode mode;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.INTEGRATION})
    @Operation(summary = "Upload a file to import", description = "Creates the import job and answers at once (202); "
            + "the job stages the file's rows, checks every row and classifies every household's survey, without "
            + "writing to the registry. Follow it with getImport until VALIDATED, then commitImport.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class, requiredProperties = {"file", "areaCode"})))
    @APIResponse(responseCode = "202", description = "Queued", headers = @Header(name = "Location",
            schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    public Response uploadImport(@RestForm("file") @Parameter(hidden = true) FileUpload file,
            @RestForm("areaCode") @Parameter(hidden = true) @Pattern(regexp = AREA) String areaCode,
            @RestForm("kind") @Parameter(hidden = true) Kind kind,
            @RestForm("mode") @Parameter(hidden = true) Mode mode,
            @Context UriInfo uri) {
        ImportJob job = imports.upload(kind, areaCode, mode, file == null ? null : file.uploadedFile(),
                file == null ? null : file.fileName());
        return Response.accepted(imports.view(job))
                .location(uri.getAbsolutePathBuilder().path(job.id.toString()).build()).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.AUDITOR,
        Roles.INTEGRATION})
    @Operation(summary = "List imports", description = "The imports of the caller's areas (or of one area and its "
            + "communes), newest first")
    public ImportJobPage listImports(@QueryParam("areaCode") @Pattern(regexp = AREA) String areaCode,
            @QueryParam("after") @Size(max = 200) String after,
            @QueryParam("limit") @DefaultValue("" + PageLimits.DEFAULT) @Min(1) @Max(PageLimits.MAX) int limit) {
        return imports.list(areaCode, after, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.AUDITOR,
        Roles.INTEGRATION})
    @Operation(summary = "Read an import", description = "Its phase, the rows done of the phase, rate and ETA, and "
            + "once validated the counts of new, updated, unchanged and rejected households and members")
    public ImportJobView getImport(@PathParam("id") UUID id) {
        return imports.view(imports.visible(id));
    }

    @GET
    @Path("/{id}/issues")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.AUDITOR,
        Roles.INTEGRATION})
    @Operation(summary = "List an import's issues", description = "What is wrong with the rows, in row order")
    public ImportIssuePage listImportIssues(@PathParam("id") UUID id,
            @QueryParam("code") @Size(max = 60) String code,
            @Parameter(description = "A column key of the template") @QueryParam("column") @Size(max = 40) String column,
            @QueryParam("after") @Size(max = 200) String after,
            @QueryParam("limit") @DefaultValue("" + PageLimits.DEFAULT) @Min(1) @Max(PageLimits.MAX) int limit) {
        return imports.issues(id, code, column, after, limit);
    }

    @GET
    @Path("/{id}/households")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.AUDITOR,
        Roles.INTEGRATION})
    @Operation(summary = "List an import's households", description = "Each household of the file, what the commit "
            + "does (or did) with it and the class its survey gives")
    public ImportHouseholdPage listImportHouseholds(@PathParam("id") UUID id, @QueryParam("action") Action action,
            @QueryParam("after") @Size(max = 200) String after,
            @QueryParam("limit") @DefaultValue("" + PageLimits.DEFAULT) @Min(1) @Max(PageLimits.MAX) int limit) {
        return imports.households(id, action, after, limit);
    }

    @GET
    @Path("/{id}/error-workbook")
    @Produces(ReportExports.XLSX)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.AUDITOR,
        Roles.INTEGRATION})
    @Operation(summary = "Download the error workbook", description = "The file's rows as they were, with a last "
            + "column \"Lỗi\" saying what is wrong with each row (marked red); fix it and upload it again")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = ReportExports.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadImportErrors(@PathParam("id") UUID id) {
        return Downloads.download(imports.errorWorkbook(id), ReportExports.XLSX, "loi-nhap-" + id + ".xlsx");
    }

    @POST
    @Path("/{id}/commit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.INTEGRATION})
    @Operation(summary = "Commit an import", description = "Writes the validated households to the registry (a "
            + "job: follow it with getImport until COMMITTED). The registry is planned again at the commit, so a "
            + "household changed meanwhile is written as it then stands, or refused. Committing the same file again "
            + "changes nothing that did not change.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportJobView.class)))
    public Response commitImport(@PathParam("id") UUID id, CommitImportRequest request) {
        ImportJob job = imports.commit(id, request == null ? null : request.mode());
        return Response.accepted(imports.view(job)).build();
    }

    @POST
    @Path("/{id}/undo")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.INTEGRATION})
    @Operation(summary = "Undo an import", description = "Takes a committed import back whole (a job: follow it "
            + "with getImport until UNDONE): the households it created are removed with their members and records, "
            + "the households it updated are put back as they were, with the records they had. Refused (409 "
            + "import.undo_blocked, naming the households) once anything newer touched one of its households.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportJobView.class)))
    public Response undoImport(@PathParam("id") UUID id) {
        return Response.accepted(imports.view(imports.undo(id))).build();
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.INTEGRATION})
    @Operation(summary = "Cancel an import", description = "Until its commit starts; nothing was written to the registry")
    public ImportJobView cancelImport(@PathParam("id") UUID id) {
        return imports.view(imports.cancel(id));
    }
}
