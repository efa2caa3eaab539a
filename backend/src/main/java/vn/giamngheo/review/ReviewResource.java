package vn.giamngheo.review;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
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
import vn.giamngheo.common.http.Downloads;
import vn.giamngheo.common.audit.AuditLog;
import vn.giamngheo.common.http.EntityTags;
import vn.giamngheo.common.paging.PageLimits;
import vn.giamngheo.common.security.Roles;
import vn.giamngheo.review.ReviewCodes.CampaignKind;
import vn.giamngheo.review.ReviewCodes.CampaignStatus;
import vn.giamngheo.review.ReviewCodes.ItemState;
import vn.giamngheo.review.ReviewViews.ApplicantRequest;
import vn.giamngheo.review.ReviewViews.CampaignPage;
import vn.giamngheo.review.ReviewViews.CampaignView;
import vn.giamngheo.review.ReviewViews.ComplaintRequest;
import vn.giamngheo.review.ReviewViews.ComplaintResolutionRequest;
import vn.giamngheo.review.ReviewViews.ComplaintView;
import vn.giamngheo.review.ReviewViews.CreateCampaignRequest;
import vn.giamngheo.review.ReviewViews.DeadlinesRequest;
import vn.giamngheo.review.ReviewViews.DecisionRequest;
import vn.giamngheo.review.ReviewViews.ExclusionRequest;
import vn.giamngheo.review.ReviewViews.GapView;
import vn.giamngheo.review.ReviewViews.MeetingRequest;
import vn.giamngheo.review.ReviewViews.MeetingView;
import vn.giamngheo.review.ReviewViews.OpinionRequest;
import vn.giamngheo.review.ReviewViews.PostingRequest;
import vn.giamngheo.review.ReviewViews.PostingView;
import vn.giamngheo.review.ReviewViews.ReviewItemPage;
import vn.giamngheo.review.ReviewViews.ReviewItemView;
import vn.giamngheo.review.ReviewViews.SurveyRequest;

/**
 * Reviews (rà soát) of a commune: the periodic one of the year and the regular ones of each month,
 * step by step. Readable within the caller's jurisdiction by every role but helping agencies;
 * each step is performed by the role the procedure gives it.
 */
@Path("/api/v1/review-campaigns")
@Tag(name = "Reviews", description = "Periodic and regular reviews: listing, survey, village meetings, posting, "
        + "complaints, opinion and the chairman's decision")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private static final String CAMPAIGN_ETAG = "Version of the campaign, for If-Match";
    private static final String IF_MATCH = "ETag as last read";

    @Inject
    ReviewService reviews;

    @Inject
    ReviewQueries queries;

    @Inject
    ReviewDocuments documents;

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List review campaigns", description = "Within the caller's jurisdiction, newest year first "
            + "then by commune, a page at a time. `late=true` keeps campaigns with a step past its due date.")
    public CampaignPage listCampaigns(
            @QueryParam("provinceCode") @Pattern(regexp = "[0-9]{2}") String provinceCode,
            @QueryParam("communeCode") @Pattern(regexp = "[0-9]{5}") String communeCode,
            @QueryParam("year") @Min(2016) @Max(2100) Integer year,
            @QueryParam("kind") CampaignKind kind,
            @QueryParam("status") CampaignStatus status,
            @Parameter(description = "true: only campaigns with a late step; false: only those without")
            @QueryParam("late") Boolean late,
            @QueryParam("limit") @DefaultValue("" + PageLimits.DEFAULT) @Min(1) @Max(PageLimits.MAX) int limit,
            @Parameter(description = "The nextCursor of the previous page")
            @QueryParam("after") @Pattern(regexp = "[A-Za-z0-9_-]{1,400}") String after) {
        return queries.list(new ReviewQueries.Filter(provinceCode, communeCode, year, kind, status, late), limit, after);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Open a review campaign", description = "A periodic review (01/09–14/12 by default) lists "
            + "every active poor and near-poor household of the commune; a regular one (from the 15th of the month) "
            + "starts empty and receives requests.")
    @APIResponse(responseCode = "201", description = "Opened",
            headers = {@Header(name = HttpHeaders.ETAG, description = CAMPAIGN_ETAG, schema = @Schema(implementation = String.class)),
                @Header(name = HttpHeaders.LOCATION, schema = @Schema(implementation = String.class))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    public Response createCampaign(@Valid @NotNull CreateCampaignRequest request, @Context UriInfo uri) {
        CampaignView view = queries.view(reviews.create(request));
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(EntityTags.of(view.version())).entity(view).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get a review campaign", description = "With its due dates and late steps, the households "
            + "per state and per village, and the number of gaps.")
    @APIResponse(responseCode = "200", description = "The campaign",
            headers = @Header(name = HttpHeaders.ETAG, description = CAMPAIGN_ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    public Response getCampaign(@PathParam("id") UUID id) {
        return campaign(queries.get(id));
    }

    @PUT
    @Path("/{id}/deadlines")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Set the province's due dates", description = "The province's own internal deadlines for "
            + "each step, and the length of the posting and of a complaint's re-check in working days. "
            + "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The campaign",
            headers = @Header(name = HttpHeaders.ETAG, description = CAMPAIGN_ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    public Response setDeadlines(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DeadlinesRequest request) {
        return campaign(queries.view(reviews.setDeadlines(id, ifMatch, request)));
    }

    // ------------------------------------------------------------------ households

    @GET
    @Path("/{id}/items")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List a campaign's households", description = "In household code order, a page at a time, "
            + "with each one's state, proposed and decided class and transition.")
    public ReviewItemPage listItems(@PathParam("id") UUID id, @QueryParam("state") ItemState state,
            @QueryParam("villageId") UUID villageId,
            @QueryParam("limit") @DefaultValue("" + PageLimits.DEFAULT) @Min(1) @Max(PageLimits.MAX) int limit,
            @Parameter(description = "The nextCursor of the previous page")
            @QueryParam("after") @Pattern(regexp = "[A-Za-z0-9_-]{1,400}") String after) {
        return queries.items(id, state, villageId, limit, after);
    }

    @GET
    @Path("/{id}/items/{itemId}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Get a household of a campaign")
    public ReviewItemView getItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return queries.item(id, itemId);
    }

    @GET
    @Path("/{id}/gaps")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List the gaps", description = "Listed households without a result or a recorded reason, "
            + "each with the step it waits for. The campaign cannot be decided while this list is not empty.")
    public List<GapView> listGaps(@PathParam("id") UUID id) {
        return queries.gaps(id);
    }

    @POST
    @Path("/{id}/applicants")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "List an applicant", description = "A household that filed Mẫu 01 (to be reviewed) or Mẫu 04 "
            + "(to be recognised as out of poverty), with its quick screen (Phiếu A). One that fails the screen is "
            + "closed with the screening note as its reason.")
    @APIResponse(responseCode = "201", description = "Listed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewItemView.class)))
    public Response addApplicant(@PathParam("id") UUID id, @Valid @NotNull ApplicantRequest request) {
        ReviewItemView view = queries.itemViews(List.of(reviews.addApplicant(id, request))).get(0);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @POST
    @Path("/{id}/items/{itemId}/exclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Take a household off the list", description = "With the reason recorded (moved away, "
            + "dissolved…); it then needs no result.")
    public ReviewItemView excludeItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @Valid @NotNull ExclusionRequest request) {
        return queries.itemViews(List.of(reviews.exclude(id, itemId, request.reason()))).get(0);
    }

    @POST
    @Path("/{id}/items/{itemId}/survey")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @Operation(summary = "Record a household's survey", description = "By a reviewer (rà soát viên): a yearly record "
            + "of the registry for the campaign's year, classified by the standard that governs it; its class becomes "
            + "the proposed result for the village meeting.")
    public ReviewItemView surveyItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @Valid @NotNull SurveyRequest request) {
        return queries.itemViews(List.of(reviews.survey(id, itemId, request.record()))).get(0);
    }

    // ------------------------------------------------------------------ meetings

    @GET
    @Path("/{id}/meetings")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List the village meetings")
    public List<MeetingView> listMeetings(@PathParam("id") UUID id) {
        return queries.meetings(id);
    }

    @POST
    @Path("/{id}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Record a village meeting", description = "On the village's surveyed households. The "
            + "results stand only when at least half the attendees agree (agreeing × 2 ≥ attendees); otherwise the "
            + "meeting is recorded as refused and those households return to survey.")
    @APIResponse(responseCode = "201", description = "Recorded (passed or refused)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    public Response recordMeeting(@PathParam("id") UUID id, @Valid @NotNull MeetingRequest request) {
        MeetingView view = queries.view(reviews.meet(id, request));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("/{id}/meetings/{meetingId}/minutes")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Download a meeting's minutes")
    @APIResponse(responseCode = "200", description = "The minutes file",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getMinutes(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId) {
        ReviewMeeting m = queries.meeting(id, meetingId);
        if (m.minutes == null) {
            throw new vn.giamngheo.common.problem.NotFoundException("minutes", meetingId);
        }
        return Downloads.download(m.minutes, ReviewDocuments.mediaTypeOf(m.minutes),
                m.minutesName == null ? "bien-ban-hop.bin" : m.minutesName);
    }

    // ------------------------------------------------------------------ documents

    @GET
    @Path("/{id}/documents/posting-list")
    @Produces({ReviewDocuments.PDF, ReviewDocuments.XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Download the posting list", description = "The households confirmed by their village "
            + "meeting, with their result, for public posting (niêm yết): one village's, or every village's without "
            + "villageId. PDF (Vietnamese font embedded) or XLSX.")
    @APIResponse(responseCode = "200", description = "The posting list", content = {
        @Content(mediaType = ReviewDocuments.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = ReviewDocuments.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response getPostingList(@PathParam("id") UUID id,
            @Parameter(description = "The village; every village when left out") @QueryParam("villageId") UUID villageId,
            @Parameter(description = "pdf or xlsx", schema = @Schema(enumeration = {"pdf", "xlsx"}, defaultValue = "pdf"))
            @QueryParam("format") @DefaultValue("pdf") @Pattern(regexp = "pdf|xlsx") String format) {
        ReviewCampaign c = reviews.visible(id);
        if ("xlsx".equals(format)) {
            return Downloads.download(documents.postingListXlsx(id, villageId), ReviewDocuments.XLSX,
                    ReviewDocuments.fileName("niem-yet", c, ".xlsx"));
        }
        return Downloads.download(documents.postingListPdf(id, villageId), ReviewDocuments.PDF,
                ReviewDocuments.fileName("niem-yet", c, ".pdf"));
    }

    @GET
    @Path("/{id}/documents/decision")
    @Produces(ReviewDocuments.PDF)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Download the decision (Mẫu 02)", description = "The chairman's decision recognising poor, "
            + "near-poor and escaped households, with its annex. Before the decision it prints as a draft (DỰ THẢO).")
    @APIResponse(responseCode = "200", description = "The decision", content = @Content(mediaType = ReviewDocuments.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getDecisionDocument(@PathParam("id") UUID id) {
        ReviewCampaign c = reviews.visible(id);
        return Downloads.download(documents.decisionPdf(id), ReviewDocuments.PDF,
                ReviewDocuments.fileName("quyet-dinh", c, ".pdf"));
    }

    @GET
    @Path("/{id}/items/{itemId}/certificate")
    @Produces(ReviewDocuments.PDF)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Download a household's certificate (Mẫu 03)", description = "For a household the chairman "
            + "decided poor or near-poor (otherwise 422 `review.certificate_unavailable`): the household, its members "
            + "and a box for each following year's confirmation.")
    @APIResponse(responseCode = "200", description = "The certificate", content = @Content(mediaType = ReviewDocuments.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getCertificate(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        ReviewCampaign c = reviews.visible(id);
        byte[] pdf = documents.certificatePdf(id, itemId);
        ReviewItemView item = queries.item(id, itemId);
        return Downloads.download(pdf, ReviewDocuments.PDF,
                ReviewDocuments.fileName("giay-chung-nhan-" + item.householdCode(), c, ".pdf"));
    }

    // ------------------------------------------------------------------ posting and complaints

    @GET
    @Path("/{id}/postings")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List the public postings")
    public List<PostingView> listPostings(@PathParam("id") UUID id) {
        return queries.postings(id);
    }

    @POST
    @Path("/{id}/postings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Post the confirmed results", description = "Once every household is confirmed by its "
            + "village meeting (or closed with a reason). The posting lasts the given number of working days "
            + "(the campaign's, 3 by default), public holidays skipped; a re-post after upheld complaints is "
            + "another posting.")
    @APIResponse(responseCode = "201", description = "Posted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostingView.class)))
    public Response post(@PathParam("id") UUID id, @Valid @NotNull PostingRequest request) {
        PostingView view = ReviewQueries.view(reviews.post(id, request.startsOn(), request.workingDays()));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("/{id}/complaints")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List the complaints", description = "With each re-check's due date and whether it is late.")
    public List<ComplaintView> listComplaints(@PathParam("id") UUID id) {
        return queries.complaints(id);
    }

    @POST
    @Path("/{id}/complaints")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Receive a complaint", description = "About a posted result: the household goes under "
            + "re-check, due within the campaign's number of working days after receipt.")
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    public Response complain(@PathParam("id") UUID id, @Valid @NotNull ComplaintRequest request) {
        ComplaintView view = queries.view(reviews.complain(id, request));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @POST
    @Path("/{id}/complaints/{complaintId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(summary = "Record a complaint's re-check", description = "UPHELD sends the household back to survey, "
            + "meeting and a new posting; REJECTED keeps the posted result.")
    public ComplaintView resolveComplaint(@PathParam("id") UUID id, @PathParam("complaintId") UUID complaintId,
            @Valid @NotNull ComplaintResolutionRequest request) {
        return queries.view(reviews.resolve(id, complaintId, request.outcome(), request.resolvedOn(),
                request.resolution()));
    }

    // ------------------------------------------------------------------ opinion and decision

    @POST
    @Path("/{id}/opinion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
    @Operation(summary = "Record the level above's opinion", description = "After every result has been posted for "
            + "its full period and every complaint re-checked.")
    @APIResponse(responseCode = "200", description = "The campaign",
            headers = @Header(name = HttpHeaders.ETAG, description = CAMPAIGN_ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    public Response giveOpinion(@PathParam("id") UUID id, @Valid @NotNull OpinionRequest request) {
        return campaign(queries.view(reviews.giveOpinion(id, request.givenOn(), request.text())));
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMUNE_CHAIR})
    @Operation(summary = "Decide (chairman)", description = "Fixes each household's class for the year and its "
            + "transition, and locks the yearly records used. Refused (422 `review.gaps`, one violation per "
            + "household) while any listed household lacks a result or a recorded reason. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The decided campaign",
            headers = @Header(name = HttpHeaders.ETAG, description = CAMPAIGN_ETAG, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    public Response decide(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DecisionRequest request) {
        return campaign(queries.view(reviews.decide(id, ifMatch, request.number(), request.decidedOn())));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.AUDITOR})
    @Operation(summary = "Get a campaign's audit trail", description = "Every state change of the campaign and its "
            + "households, who made it and when, newest first.")
    public List<AuditLog.EntryView> getCampaignAudit(@PathParam("id") UUID id) {
        ReviewCampaign c = reviews.visible(id);
        List<UUID> ids = new ArrayList<>();
        ids.add(c.id);
        ReviewItem.of(c.id).forEach(i -> ids.add(i.id));
        return audit.trailOfEntities(ids);
    }

    private static Response campaign(CampaignView view) {
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }
}
