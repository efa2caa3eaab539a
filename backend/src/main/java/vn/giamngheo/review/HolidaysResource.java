package vn.giamngheo.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.common.security.Roles;
import vn.giamngheo.review.ReviewViews.HolidayRequest;
import vn.giamngheo.review.ReviewViews.HolidayView;
import vn.giamngheo.review.ReviewViews.WorkingDaysView;

/** The calendar of public holidays that every duration of the review procedure skips. */
@Path("/api/v1")
@Tag(name = "Calendar", description = "Public holidays and working days")
@Produces(MediaType.APPLICATION_JSON)
public class HolidaysResource {

    @Inject
    WorkingDays workingDays;

    @GET
    @Path("/holidays")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.SUPPORT_AGENCY, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List the public holidays of a year", description = "New Year, the Tết days, Hùng Kings, "
            + "30/4, 1/5, 2/9 and its adjoining day, and compensatory days; seeded for 2025–2027.")
    public List<HolidayView> listHolidays(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        return workingDays.holidaysOf(year).stream().map(h -> new HolidayView(h.day, h.name)).toList();
    }

    @PUT
    @Path("/holidays/{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add or rename a public holiday", description = "Durations counted afterwards skip it; "
            + "dates already computed (a posting's end, a re-check's due date) are kept.")
    public HolidayView putHoliday(@Parameter(description = "yyyy-MM-dd") @PathParam("day") LocalDate day,
            @Valid @NotNull HolidayRequest request) {
        PublicHoliday h = workingDays.putHoliday(day, request.name());
        return new HolidayView(h.day, h.name);
    }

    @DELETE
    @Path("/holidays/{day}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a public holiday", description = "The day becomes a working day again (if a weekday).")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteHoliday(@Parameter(description = "yyyy-MM-dd") @PathParam("day") LocalDate day) {
        workingDays.removeHoliday(day);
    }

    @GET
    @Path("/working-days")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR, Roles.REVIEWER,
        Roles.SUPPORT_AGENCY, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Count working days", description = "The last day of a period of `days` working days "
            + "that starts on `startsOn` (counted when it is a working day), weekends and public holidays skipped.")
    public WorkingDaysView countWorkingDays(@QueryParam("startsOn") @NotNull LocalDate startsOn,
            @QueryParam("days") @DefaultValue("3") @Min(1) @Max(60) int days) {
        return new WorkingDaysView(startsOn, days, workingDays.lastDayOf(startsOn, days));
    }
}
