package vn.giamngheo.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.UUID;
import vn.giamngheo.area.VillageViews.VillagePage;
import vn.giamngheo.area.VillageViews.VillageRequest;
import vn.giamngheo.area.VillageViews.VillageView;
import vn.giamngheo.common.http.EntityTags;
import vn.giamngheo.common.paging.KeysetQuery;
import vn.giamngheo.common.problem.BadRequestException;
import vn.giamngheo.common.problem.ConflictException;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Jurisdiction;
import vn.giamngheo.common.text.VietnameseText;
import vn.giamngheo.common.time.AppClock;

/**
 * Villages (thôn / tổ dân phố) of a commune. Every operation first checks that the commune exists
 * (404) and then that it lies in the caller's jurisdiction (403).
 */
@ApplicationScoped
@Transactional
public class VillageService {

    @Inject
    AppClock clock;

    @Inject
    AreaService areas;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    CurrentUser user;

    @Transactional(TxType.SUPPORTS)
    public VillagePage list(String communeCode, String q, int limit, String after) {
        checkCommune(communeCode);
        KeysetQuery.Page<VillageView> page = KeysetQuery.orderedBy("searchName", "id")
                .where("communeCode = :commune", "commune", communeCode)
                .nameContains(q)
                .after(after, VillageService::parseId)
                .page((hql, params) -> Village.find(hql, params), limit,
                        v -> v.searchName, v -> v.id, VillageView::from);
        return new VillagePage(page.items(), page.nextCursor());
    }

    @Transactional(TxType.SUPPORTS)
    public VillageView get(String communeCode, UUID id) {
        checkCommune(communeCode);
        return VillageView.from(find(communeCode, id));
    }

    public VillageView create(String communeCode, @Valid VillageRequest request) {
        checkCommune(communeCode);
        String name = VietnameseText.clean(request.name());
        requireUniqueName(communeCode, name, null);
        Village village = new Village();
        village.id = UUID.randomUUID();
        village.communeCode = communeCode;
        village.name = name;
        village.kind = request.kind();
        village.searchName = VietnameseText.fold(name);
        village.createdAt = clock.now();
        village.createdBy = user.username();
        village.updatedAt = village.createdAt;
        village.updatedBy = village.createdBy;
        village.persist();
        flushOrConflict("village.duplicate_name", "The commune already has a village named '" + name + "'");
        return VillageView.from(village);
    }

    public VillageView update(String communeCode, UUID id, String ifMatch, @Valid VillageRequest request) {
        checkCommune(communeCode);
        Village village = find(communeCode, id);
        EntityTags.requireMatch(ifMatch, village.version);
        String name = VietnameseText.clean(request.name());
        requireUniqueName(communeCode, name, id);
        village.name = name;
        village.kind = request.kind();
        village.searchName = VietnameseText.fold(name);
        village.updatedAt = clock.now();
        village.updatedBy = user.username();
        flushOrConflict("village.duplicate_name", "The commune already has a village named '" + name + "'");
        return VillageView.from(village);
    }

    public void delete(String communeCode, UUID id, String ifMatch) {
        checkCommune(communeCode);
        Village village = find(communeCode, id);
        EntityTags.requireMatch(ifMatch, village.version);
        village.delete();
        flushOrConflict("village.in_use",
                "The village still has records attached; move them to another village first");
    }

    private void checkCommune(String communeCode) {
        areas.requireCommune(communeCode);
        jurisdiction.require(communeCode);
    }

    private Village find(String communeCode, UUID id) {
        Village village = Village.findById(id);
        if (village == null || !village.communeCode.equals(communeCode)) {
            throw new NotFoundException("village", id);
        }
        return village;
    }

    private void requireUniqueName(String communeCode, String name, UUID exceptId) {
        long clashes = Village.count("communeCode = ?1 and lower(name) = lower(?2) and id <> ?3",
                communeCode, name, exceptId == null ? new UUID(0, 0) : exceptId);
        if (clashes > 0) {
            throw new ConflictException("village.duplicate_name",
                    "The commune already has a village named '" + name + "'");
        }
    }

    private static UUID parseId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("paging.invalid_cursor",
                    "The 'after' cursor is not one this API returned; start again without it");
        }
    }

    /** Writes now, so that a constraint the database enforces becomes a clear conflict. */
    private static void flushOrConflict(String code, String detail) {
        try {
            Village.getEntityManager().flush();
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            throw new ConflictException(code, detail);
        }
    }
}
