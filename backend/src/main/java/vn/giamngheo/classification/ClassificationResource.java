package vn.giamngheo.classification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.classification.ClassificationViews.ClassificationView;
import vn.giamngheo.classification.ClassificationViews.CompareRequest;
import vn.giamngheo.classification.ClassificationViews.ComparisonView;
import vn.giamngheo.classification.ClassificationViews.EvaluateRequest;
import vn.giamngheo.common.security.Roles;

/** Classifies a household described in the request; stores nothing. Any role may call it. */
@Path("/api/v1/classification")
@Tag(name = "Classification", description = "Classify a household under a poverty standard, with explanations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassificationResource {

    @Inject
    ClassificationService classification;

    @POST
    @Path("/evaluate")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.SUPPORT_AGENCY, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Classify a household",
            description = "Poor, near-poor, average living standard or not poor under the standard of the year (or "
                    + "the one named), with the deprived indicators, score B, the income basis used, an explanation "
                    + "per deprived indicator and the subgroups. 422 codes: classification.area_type_required, "
                    + "classification.income_required, classification.negative_income, classification.negative_score, "
                    + "classification.unknown_indicator, classification.no_standard_for_year, "
                    + "classification.unknown_standard, classification.score_a_not_defined.")
    public ClassificationView classifyHousehold(@Valid @NotNull EvaluateRequest request) {
        return classification.evaluate(request);
    }

    @POST
    @Path("/compare")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.SUPPORT_AGENCY, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Classify a household under several standards",
            description = "What-if: the same facts under each standard named, in the order given.")
    public ComparisonView compareStandards(@Valid @NotNull CompareRequest request) {
        return classification.compare(request);
    }
}
