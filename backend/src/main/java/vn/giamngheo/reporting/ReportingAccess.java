package vn.giamngheo.reporting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.common.security.Roles;
import vn.giamngheo.reporting.ReportingCodes.RecipientLevel;

/**
 * Who owes, who receives and who sees a submission: the owning unit's people submit; the level above
 * (the province's officers, or national administrators for the ministry) returns, accepts and reopens;
 * auditors and the province's system read.
 */
@RequestScoped
public class ReportingAccess {

    @Inject
    CurrentUser user;

    @Inject
    Jurisdiction jurisdiction;

    private Obligation obligation(Submission s) {
        return Obligation.findById(s.obligationCode);
    }

    /** Whether the caller is the unit that owes it. */
    public boolean owes(Submission s) {
        Obligation o = obligation(s);
        return switch (o.ownerLevel) {
            case COMMUNE -> user.hasAnyRole(Roles.COMMUNE_OFFICER, Roles.COMMUNE_CHAIR)
                    && user.areaCodes().contains(s.unitCode);
            case PROVINCE -> user.hasRole(Roles.PROVINCE_OFFICER) && user.areaCodes().contains(s.unitCode);
            case AGENCY -> user.hasRole(Roles.SUPPORT_AGENCY) && s.unitCode.equals(agencyOfCaller());
            case HELP_GROUP -> user.hasRole(Roles.SUPPORT_AGENCY) && inGroup(s.unitCode);
        };
    }

    /** Whether the caller receives it (the level above). */
    public boolean receives(Submission s) {
        Obligation o = obligation(s);
        if (o.recipientLevel == RecipientLevel.MINISTRY) {
            return user.hasRole(Roles.ADMIN);
        }
        return user.hasRole(Roles.ADMIN)
                || (user.hasRole(Roles.PROVINCE_OFFICER) && user.areaCodes().contains(s.provinceCode));
    }

    public boolean sees(Submission s) {
        return owes(s) || receives(s) || user.isNational()
                || (user.hasAnyRole(Roles.AUDITOR, Roles.INTEGRATION, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER,
                        Roles.COMMUNE_CHAIR) && (jurisdiction.covers(s.provinceCode) && s.unitCode.length() <= 5
                                && jurisdiction.covers(s.unitCode)));
    }

    public Submission visible(UUID id) {
        Submission s = id == null ? null : Submission.findById(id);
        if (s == null || !sees(s)) {
            throw new NotFoundException("submission", id);
        }
        return s;
    }

    String agencyOfCaller() {
        Object id = Submission.getEntityManager().createNativeQuery("SELECT CAST(agency_id AS varchar) FROM"
                + " support_agency_user WHERE username = :u").setParameter("u", user.username())
                .getResultStream().findFirst().orElse(null);
        return (String) id;
    }

    private boolean inGroup(String groupId) {
        String agency = agencyOfCaller();
        if (agency == null) {
            return false;
        }
        return ((Number) Submission.getEntityManager().createNativeQuery("SELECT count(*) FROM help_group_agency"
                + " WHERE CAST(group_id AS varchar) = :g AND CAST(agency_id AS varchar) = :a")
                .setParameter("g", groupId).setParameter("a", agency).getSingleResult()).longValue() > 0;
    }
}
