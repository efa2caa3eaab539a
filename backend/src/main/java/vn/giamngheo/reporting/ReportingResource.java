package vn.giamngheo.reporting;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.common.http.EntityTags;
import vn.giamngheo.common.paging.PageLimits;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.common.security.Roles;
import vn.giamngheo.reporting.ReportingCodes.State;
import vn.giamngheo.reporting.ReportingViews.ContactsRequest;
import vn.giamngheo.reporting.ReportingViews.ObligationRequest;
import vn.giamngheo.reporting.ReportingViews.ObligationView;
import vn.giamngheo.reporting.ReportingViews.ReminderView;
import vn.giamngheo.reporting.ReportingViews.ReopenRequest;
import vn.giamngheo.reporting.ReportingViews.ReturnRequest;
import vn.giamngheo.reporting.ReportingViews.SubmissionPage;
import vn.giamngheo.reporting.ReportingViews.SubmissionRequest;
import vn.giamngheo.reporting.ReportingViews.SubmissionView;
import vn.giamngheo.reporting.ReportingViews.TimelinessReport;

/** Reporting obligations, the expected submissions, their timeliness and the reminders. */
@Path("/api/v1/reporting")
@Tag(name = "Reporting", description = "Obligations, submissions, timeliness and reminders")
@Produces(MediaType.APPLICATION_JSON)
public class ReportingResource {

    @Inject
    ReportingQueries queries;

    @Inject
    SubmissionService submissions;

    @Inject
    ReminderService reminders;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    ObligationService obligations;

    private static final String VERSION = "The obligation's version, for If-Match";

    void planOnStart(@Observes @Priority(40) StartupEvent event, SubmissionPlanner planner) {
        planner.planToday();
    }

    @GET
    @Path("/obligations")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.SUPPORT_AGENCY,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List the reporting obligations", description = "The statutory ones (Quyết định 24/2021) and "
            + "the local ones, with their periods, due rules, owners, recipients and reminders.")
    public List<ObligationView> listObligations() {
        return queries.obligations();
    }

    @GET
    @Path("/obligations/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.SUPPORT_AGENCY,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get a reporting obligation")
    @APIResponse(responseCode = "200", description = "The obligation",
            headers = @Header(name = HttpHeaders.ETAG, description = VERSION, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObligationView.class)))
    public Response getObligation(@PathParam("code") String code) {
        ObligationView view = queries.obligation(code);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @POST
    @Path("/obligations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Create a reporting obligation", description = "A local obligation (statutory ones come "
            + "with the product): national (administrator) or of one province (its officers too). Its expected "
            + "submissions are created at once. Audited.")
    @APIResponse(responseCode = "201", description = "The obligation",
            headers = @Header(name = HttpHeaders.ETAG, description = VERSION, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObligationView.class)))
    public Response createObligation(@Valid @NotNull ObligationRequest request) {
        ObligationView view = ReportingQueries.view(obligations.create(request));
        return Response.status(Response.Status.CREATED).entity(view).tag(EntityTags.of(view.version())).build();
    }

    @PUT
    @Path("/obligations/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Change a reporting obligation", description = "Requires If-Match. The administrator changes "
            + "any; a province officer the local ones of their province. A new schedule (periods, due rule, opening, "
            + "lock, province, active) applies to the periods not yet due that nobody has sent; what was sent "
            + "or is overdue stays. Owners and content stay once submissions exist. Audited.")
    @APIResponse(responseCode = "200", description = "The obligation",
            headers = @Header(name = HttpHeaders.ETAG, description = VERSION, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObligationView.class)))
    public Response updateObligation(@PathParam("code") String code,
            @Parameter(description = "ETag as last read", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ObligationRequest request) {
        ObligationView view = ReportingQueries.view(obligations.update(code, ifMatch, request));
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @GET
    @Path("/submissions")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.SUPPORT_AGENCY,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List submissions", description = "What the caller's units owe and what they receive, newest "
            + "due date first; filter by obligation, unit, province, year and state (e.g. OVERDUE).")
    public SubmissionPage listSubmissions(@QueryParam("obligationCode") String obligationCode,
            @QueryParam("unitCode") String unitCode,
            @QueryParam("provinceCode") @Pattern(regexp = "[0-9]{2}") String provinceCode,
            @QueryParam("year") @Min(2016) @Max(2100) Integer year, @QueryParam("state") State state,
            @QueryParam("limit") @DefaultValue("" + PageLimits.DEFAULT) @Min(1) @Max(PageLimits.MAX) int limit,
            @Parameter(description = "nextCursor of the previous page")
            @QueryParam("after") @Pattern(regexp = "[A-Za-z0-9_-]{1,400}") String after) {
        return queries.submissions(obligationCode, unitCode, provinceCode, year, state, limit, after);
    }

    @GET
    @Path("/submissions/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.SUPPORT_AGENCY,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get a submission", description = "With every version sent, newest first.")
    public SubmissionView getSubmission(@PathParam("id") UUID id) {
        return queries.submission(id);
    }

    @POST
    @Path("/submissions/{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.SUPPORT_AGENCY})
    @Operation(summary = "Send the report", description = "By the unit that owes it: the figures are computed from the "
            + "registry now and frozen with the narrative. Late when sent after the due date; after the lock, only "
            + "once the recipient reopens it.")
    public SubmissionView submit(@PathParam("id") UUID id, @Valid SubmissionRequest request) {
        Submission s = submissions.submit(id, request);
        return queries.submission(s.id);
    }

    @POST
    @Path("/submissions/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Return the report with a reason", description = "By the recipient; the unit sends it again.")
    public SubmissionView returnSubmission(@PathParam("id") UUID id, @Valid @NotNull ReturnRequest request) {
        Submission s = submissions.returnToUnit(id, request.reason());
        return queries.submission(s.id);
    }

    @POST
    @Path("/submissions/{id}/acceptance")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Accept the report", description = "By the recipient.")
    public SubmissionView accept(@PathParam("id") UUID id) {
        Submission s = submissions.accept(id);
        return queries.submission(s.id);
    }

    @POST
    @Path("/submissions/{id}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Reopen a locked report", description = "By the recipient, until a date.")
    public SubmissionView reopen(@PathParam("id") UUID id, @Valid @NotNull ReopenRequest request) {
        Submission s = submissions.reopen(id, request.until());
        return queries.submission(s.id);
    }

    @GET
    @Path("/timeliness")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.AUDITOR,
        Roles.INTEGRATION})
    @Operation(summary = "Timeliness and completeness", description = "For an obligation's period: expected, submitted, "
            + "on time, late, missing, by unit of the province (or by province nationally).")
    public TimelinessReport getTimeliness(@QueryParam("obligationCode") @NotNull String obligationCode,
            @Parameter(description = "The period's first day, yyyy-MM-dd") @QueryParam("periodStart") @NotNull LocalDate periodStart,
            @Parameter(description = "A province or a commune; national administrators may leave it out")
            @QueryParam("areaCode") @Pattern(regexp = "[0-9]{2}|[0-9]{5}") String areaCode) {
        return queries.timeliness(obligationCode, periodStart, areaCode);
    }

    @GET
    @Path("/reminders")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.SUPPORT_AGENCY})
    @Operation(summary = "My reminders", description = "Reports the caller's units still owe that a reminder was given "
            + "for (before the due date, or overdue).")
    public List<ReminderView> listMyReminders() {
        return queries.myReminders();
    }

    @POST
    @Path("/reminders/run")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Run today's planning and reminders now", description = "What the morning job does: create "
            + "the expected submissions, remind in the app and by e-mail.")
    public ReminderService.Run runReminders() {
        return reminders.run();
    }

    @PUT
    @Path("/contacts/{unitCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Set whom to e-mail about a unit's reports")
    public List<String> setContacts(@PathParam("unitCode") @Pattern(regexp = "[0-9]{2}|[0-9]{5}") String unitCode,
            @Valid @NotNull ContactsRequest request) {
        jurisdiction.require(unitCode);
        submissions.setContacts(unitCode, request.emails());
        return request.emails();
    }
}
