package vn.giamngheo.household;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.classification.model.HouseholdClass;
import vn.giamngheo.common.http.Downloads;
import vn.giamngheo.common.audit.AuditLog;
import vn.giamngheo.common.http.EntityTags;
import vn.giamngheo.common.paging.PageLimits;
import vn.giamngheo.common.security.Roles;
import vn.giamngheo.household.HouseholdCodes.HouseholdStatus;
import vn.giamngheo.household.HouseholdCodes.Subgroup;
import vn.giamngheo.household.HouseholdViews.ChangeHeadRequest;
import vn.giamngheo.household.HouseholdViews.CitizenIdView;
import vn.giamngheo.household.HouseholdViews.CloseHouseholdRequest;
import vn.giamngheo.household.HouseholdViews.CreateHouseholdRequest;
import vn.giamngheo.household.HouseholdViews.HouseholdPage;
import vn.giamngheo.household.HouseholdViews.HouseholdView;
import vn.giamngheo.household.HouseholdViews.MemberLeavesRequest;
import vn.giamngheo.household.HouseholdViews.MemberRequest;
import vn.giamngheo.household.HouseholdViews.MemberView;
import vn.giamngheo.household.HouseholdViews.MergeHouseholdRequest;
import vn.giamngheo.household.HouseholdViews.MoveMemberRequest;
import vn.giamngheo.household.HouseholdViews.RecordRequest;
import vn.giamngheo.household.HouseholdViews.RecordView;
import vn.giamngheo.household.HouseholdViews.DecisionView;
import vn.giamngheo.household.HouseholdViews.RectificationRequest;
import vn.giamngheo.household.HouseholdViews.SplitHouseholdRequest;
import vn.giamngheo.household.HouseholdViews.UpdateHouseholdRequest;
import vn.giamngheo.reporting.ReportExports;
import vn.giamngheo.reporting.ReportViews.ExportFormat;

/**
 * The household registry. Readable by every role but helping agencies, within the caller's
 * jurisdiction; written by officers (and the provincial system) there; yearly records also by
 * reviewers. A household outside the caller's jurisdiction answers 404, whatever the operation.
 */
@Path("/api/v1/households")
@Tag(name = "Households", description = "The registry: households, members, yearly records, audit trail")
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdsResource {

    private static final String HOUSEHOLD_ETAG = "Version of the household, for If-Match";
    private static final String MEMBER_ETAG = "Version of the member, for If-Match";
    private static final String IF_MATCH = "ETag as last read";

    @Inject
    HouseholdService households;

    @Inject
    HouseholdQueries queries;

    @Inject
    HouseholdExport export;

    @Inject
    RecordService records;

    @Inject
    OfficialStatus official;

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List households", description = "In code order, a page at a time, within the caller's "
            + "jurisdiction. `q` matches member names without diacritics (\"nguyen thi\" finds \"Nguyễn Thị…\"), "
            + "household codes, or a 12-digit citizen ID exactly. With `year`, the class and deprivation filters "
            + "apply to that year's record, else to the latest.")
    public HouseholdPage listHouseholds(
            @QueryParam("provinceCode") @Pattern(regexp = "[0-9]{2}") String provinceCode,
            @QueryParam("communeCode") @Pattern(regexp = "[0-9]{5}") String communeCode,
            @QueryParam("villageId") UUID villageId,
            @QueryParam("classification") HouseholdClass classification,
            @QueryParam("year") @Min(2016) @Max(2100) Integer year,
            @QueryParam("subgroup") Subgroup subgroup,
            @QueryParam("deprivedIndicator") @Pattern(regexp = "[A-Z_]{2,40}") String deprivedIndicator,
            @QueryParam("status") HouseholdStatus status,
            @Parameter(description = "Name, code or citizen ID") @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("limit") @DefaultValue("" + PageLimits.DEFAULT) @Min(1) @Max(PageLimits.MAX) int limit,
            @Parameter(description = "The nextCursor of the previous page")
            @QueryParam("after") @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9_-]{1,400}") String after) {
        return queries.list(new HouseholdQueries.Filter(provinceCode, communeCode, villageId, classification, year,
                subgroup, deprivedIndicator, status, q), limit, after);
    }

    @GET
    @Path("/export")
    @Produces({ReportExports.XLSX, ReportExports.CSV})
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Download a household list", description = "Every household listHouseholds would give "
            + "for the same filters, in code order, as XLSX (a header row, then one row per household; over "
            + "1,000,000 households go on in further sheets) or CSV (UTF-8 with a BOM, codes as in the API). "
            + "Streamed as it is read, whatever its length.")
    @APIResponse(responseCode = "200", description = "The list as a file", content = {
        @Content(mediaType = ReportExports.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = ReportExports.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response downloadHouseholds(
            @QueryParam("provinceCode") @Pattern(regexp = "[0-9]{2}") String provinceCode,
            @QueryParam("communeCode") @Pattern(regexp = "[0-9]{5}") String communeCode,
            @QueryParam("villageId") UUID villageId,
            @QueryParam("classification") HouseholdClass classification,
            @QueryParam("year") @Min(2016) @Max(2100) Integer year,
            @QueryParam("subgroup") Subgroup subgroup,
            @QueryParam("deprivedIndicator") @Pattern(regexp = "[A-Z_]{2,40}") String deprivedIndicator,
            @QueryParam("status") HouseholdStatus status,
            @Parameter(description = "Name, code or citizen ID") @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("format") @DefaultValue("xlsx") ExportFormat format) {
        HouseholdQueries.Filter filter = new HouseholdQueries.Filter(provinceCode, communeCode, villageId,
                classification, year, subgroup, deprivedIndicator, status, q);
        String area = communeCode != null ? communeCode : provinceCode != null ? provinceCode : "tat-ca";
        String file = "danh-sach-ho-" + area + (year == null ? "" : "-" + year) + "." + format.name();
        String type = format == ExportFormat.csv ? ReportExports.CSV + "; charset=UTF-8" : ReportExports.XLSX;
        return Downloads.download(export.export(filter, format), type, file);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.INTEGRATION})
    @Operation(summary = "Register a household", description = "With its members; one of them has relation HEAD. "
            + "The code ({commune}-{number}) is given by the registry.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = HttpHeaders.ETAG, description = HOUSEHOLD_ETAG, schema = @Schema(implementation = String.class)),
                @Header(name = HttpHeaders.LOCATION, schema = @Schema(implementation = String.class))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class)))
    public Response createHousehold(@Valid @NotNull CreateHouseholdRequest request, @Context UriInfo uri) {
        HouseholdView view = queries.view(households.create(request));
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(EntityTags.of(view.version())).entity(view).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.SUPPORT_AGENCY, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get a household", description = "With its members (those who left included) and the "
            + "latest year's class. Citizen IDs are masked.")
    @APIResponse(responseCode = "200", description = "The household",
            headers = @Header(name = HttpHeaders.ETAG, description = HOUSEHOLD_ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class)))
    public Response getHousehold(@PathParam("id") UUID id) {
        return household(queries.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.INTEGRATION})
    @Operation(summary = "Update a household's village, address and phone", description = "Changes the fields "
            + "sent: one left out keeps its value, null clears it. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The household",
            headers = @Header(name = HttpHeaders.ETAG, description = HOUSEHOLD_ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class)))
    public Response updateHousehold(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateHouseholdRequest request) {
        return household(queries.view(households.update(id, ifMatch, request)));
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.INTEGRATION})
    @Operation(summary = "Close a household", description = "Moved away or dissolved; it is never deleted. "
            + "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The closed household",
            headers = @Header(name = HttpHeaders.ETAG, description = HOUSEHOLD_ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class)))
    public Response closeHousehold(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CloseHouseholdRequest request) {
        return household(queries.view(households.close(id, ifMatch, request.reason(), request.closedOn())));
    }

    @POST
    @Path("/{id}/head")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.INTEGRATION})
    @Operation(summary = "Change the head of a household", description = "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The household",
            headers = @Header(name = HttpHeaders.ETAG, description = HOUSEHOLD_ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class)))
    public Response changeHead(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ChangeHeadRequest request) {
        return household(queries.view(households.changeHead(id, ifMatch, request.memberId())));
    }

    @POST
    @Path("/{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.INTEGRATION})
    @Operation(summary = "Split a household (tách hộ)", description = "The named members form a new household in "
            + "the same commune; both keep their history. Requires If-Match of this household.")
    @APIResponse(responseCode = "201", description = "The new household",
            headers = @Header(name = HttpHeaders.ETAG, description = HOUSEHOLD_ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class)))
    public Response splitHousehold(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SplitHouseholdRequest request, @Context UriInfo uri) {
        HouseholdView created = queries.view(households.split(id, ifMatch, request));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/households").path(created.id().toString()).build())
                .tag(EntityTags.of(created.version())).entity(created).build();
    }

    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.INTEGRATION})
    @Operation(summary = "Merge a household into another (nhập hộ)", description = "Every member joins the target "
            + "household; this one closes with reason MERGED. Requires If-Match of this household.")
    @APIResponse(responseCode = "200", description = "The household merged into",
            headers = @Header(name = HttpHeaders.ETAG, description = HOUSEHOLD_ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class)))
    public Response mergeHousehold(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MergeHouseholdRequest request) {
        return household(queries.view(households.merge(id, ifMatch, request.targetHouseholdId(), request.mergedOn())));
    }

    @POST
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.INTEGRATION})
    @Operation(summary = "Add a member", description = "A newborn or a person who joins; not as head.")
    @APIResponse(responseCode = "201", description = "The member",
            headers = @Header(name = HttpHeaders.ETAG, description = MEMBER_ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    public Response addMember(@PathParam("id") UUID id, @Valid @NotNull MemberRequest request, @Context UriInfo uri) {
        MemberView member = HouseholdQueries.memberView(households.addMember(id, request));
        return Response.created(uri.getAbsolutePathBuilder().path(member.id().toString()).build())
                .tag(EntityTags.of(member.version())).entity(member).build();
    }

    @PUT
    @Path("/{id}/members/{memberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.INTEGRATION})
    @Operation(summary = "Update a member's facts", description = "fullName and relationToHead are always sent; "
            + "any other fact left out keeps its value, null clears it. Requires If-Match of the member.")
    @APIResponse(responseCode = "200", description = "The member",
            headers = @Header(name = HttpHeaders.ETAG, description = MEMBER_ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    public Response updateMember(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MemberRequest request) {
        return member(HouseholdQueries.memberView(households.updateMember(id, memberId, ifMatch, request)));
    }

    @POST
    @Path("/{id}/members/{memberId}/departure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.INTEGRATION})
    @Operation(summary = "Record that a member left", description = "Moved out or died; the member stays in the "
            + "household's history. Requires If-Match of the member.")
    @APIResponse(responseCode = "200", description = "The member",
            headers = @Header(name = HttpHeaders.ETAG, description = MEMBER_ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    public Response memberLeaves(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MemberLeavesRequest request) {
        return member(HouseholdQueries.memberView(
                households.memberLeaves(id, memberId, ifMatch, request.reason(), request.leftOn())));
    }

    @POST
    @Path("/{id}/members/{memberId}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.INTEGRATION})
    @Operation(summary = "Move a member to another household", description = "The membership here ends and a new "
            + "one starts there, so both histories stay true. Requires If-Match of the member.")
    @APIResponse(responseCode = "201", description = "The member in the other household",
            headers = @Header(name = HttpHeaders.ETAG, description = MEMBER_ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    public Response moveMember(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MoveMemberRequest request, @Context UriInfo uri) {
        MemberView moved = HouseholdQueries.memberView(households.moveMember(id, memberId, ifMatch,
                request.targetHouseholdId(), request.relationToHead(), request.movedOn()));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/households")
                        .path(request.targetHouseholdId().toString()).path("members").path(moved.id().toString()).build())
                .tag(EntityTags.of(moved.version())).entity(moved).build();
    }

    @GET
    @Path("/{id}/members/{memberId}/citizen-id")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Read a member's citizen ID in full", description = "The read is recorded in the audit trail.")
    public CitizenIdView getMemberCitizenId(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        return queries.citizenId(id, memberId);
    }

    @GET
    @Path("/{id}/records")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.SUPPORT_AGENCY, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List a household's yearly records", description = "Newest year first; corrections after "
            + "the records they replaced (current = false).")
    public List<RecordView> listRecords(@PathParam("id") UUID id) {
        return records.history(id);
    }

    @POST
    @Path("/{id}/records")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.INTEGRATION})
    @Operation(summary = "Record a year's survey", description = "The class is computed from the survey's facts and "
            + "the members' current facts under the standard governing the year, and stored with its explanation. "
            + "A year that already has a record needs a correctionReason; the earlier record is kept.")
    @APIResponse(responseCode = "201", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordView.class)))
    public Response createRecord(@PathParam("id") UUID id, @Valid @NotNull RecordRequest request, @Context UriInfo uri) {
        RecordView record = records.view(records.create(id, request));
        return Response.created(uri.getAbsolutePathBuilder().path(record.id().toString()).build()).entity(record)
                .build();
    }

    @GET
    @Path("/{id}/decisions")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.SUPPORT_AGENCY, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List the decisions on a household", description = "The household's official record, newest "
            + "first: a year's class is the one its latest decision in force fixed, carried forward until a decision "
            + "changes it. Survey records are proposals until a decision takes them.")
    public List<DecisionView> listDecisions(@PathParam("id") UUID id) {
        households.visible(id);
        return official.decisionsOf(id);
    }

    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rectify a household's official class", description = "An administrator's documented "
            + "decision of its own, with a reason: the corrected record becomes the year's official one (audited as "
            + "record.rectified; the figures and the movement follow). Between reviews this is the only way besides "
            + "a regular review.")
    @APIResponse(responseCode = "201", description = "The decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class)))
    public Response rectifyHousehold(@PathParam("id") UUID id, @Valid @NotNull RectificationRequest request,
            @Context UriInfo uri) {
        DecisionView decision = records.rectify(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(decision.id().toString()).build()).entity(decision)
                .build();
    }

    @GET
    @Path("/{id}/records/{recordId}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.SUPPORT_AGENCY, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get a yearly record")
    public RecordView getRecord(@PathParam("id") UUID id, @PathParam("recordId") UUID recordId) {
        return records.get(id, recordId);
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get a household's audit trail", description = "Who changed what and when, field by field, "
            + "newest first; citizen IDs are masked.")
    public List<AuditLog.EntryView> getAuditTrail(@PathParam("id") UUID id) {
        households.visible(id);
        return audit.trailOf(id);
    }

    private static Response household(HouseholdView view) {
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    private static Response member(MemberView view) {
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }
}
