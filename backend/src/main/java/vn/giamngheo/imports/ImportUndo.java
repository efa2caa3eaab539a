package vn.giamngheo.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The undo of a whole committed import, set-based, in the caller's transaction: the households it created are
 * removed (with their members and records), the households it updated are put back as they were before it (their
 * rows and members from the image the commit kept, the records it wrote removed and the ones they replaced made
 * current again). Allowed only while nothing newer touched any of its households: each one's fingerprint must
 * still be the one the commit left. Triggers keep the figures and the change feed (DELETED / UPDATED) in step.
 */
@ApplicationScoped
public class ImportUndo {

    /** Columns an undo never puts back: the key, the owner, and the bookkeeping it sets itself. */
    private static final Set<String> KEPT = Set.of("id", "household_id", "version", "created_at", "created_by",
            "updated_at", "updated_by");

    @Inject
    EntityManager em;

    /** Codes of (up to {@code limit}) committed households something newer touched, in file order. */
    @SuppressWarnings("unchecked")
    public List<String> touched(UUID job, int limit) {
        return em.createNativeQuery("SELECT coalesce(household_code, household_key) FROM import_household"
                + " WHERE job_id = :job AND committed AND NOT undone AND (fingerprint IS NULL OR household_id IS NULL"
                + " OR household_fingerprint(household_id) <> fingerprint) ORDER BY first_row LIMIT :limit")
                .setParameter("job", job).setParameter("limit", limit).getResultList();
    }

    /** Undoes the import (its households locked first); returns the households removed and put back. */
    public int[] undo(UUID job, String actor) {
        em.createNativeQuery("SELECT h.id FROM household h JOIN import_household ih ON ih.household_id = h.id"
                + " WHERE ih.job_id = :job AND ih.committed ORDER BY h.id FOR UPDATE OF h").setParameter("job", job)
                .getResultList();
        // audited per household, before the rows go
        em.createNativeQuery("INSERT INTO audit_entry (at, actor, action, entity_type, entity_id, household_id,"
                + " commune_code, changes) SELECT now(), :actor, CASE ih.action WHEN 'NEW' THEN 'household.import_removed'"
                + " ELSE 'household.import_restored' END, 'household', h.id, h.id, h.commune_code,"
                + " jsonb_build_array(jsonb_build_object('field', 'import', 'before', :jobText, 'after', NULL),"
                + " jsonb_build_object('field', 'version', 'before', CAST(h.version AS text), 'after',"
                + " CASE ih.action WHEN 'NEW' THEN NULL ELSE CAST(h.version + 1 AS text) END))"
                + " FROM import_household ih JOIN household h ON h.id = ih.household_id"
                + " WHERE ih.job_id = :job AND ih.committed ORDER BY ih.first_row")
                .setParameter("actor", actor).setParameter("jobText", job.toString()).setParameter("job", job)
                .executeUpdate();

        // the records it wrote: out, and the ones they replaced current again
        em.createNativeQuery("UPDATE import_household ih SET replaced_record_id = r.supersedes_id FROM household_record r"
                + " WHERE ih.job_id = :job AND ih.committed AND r.id = ih.record_id").setParameter("job", job)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM household_record r USING import_household ih WHERE ih.job_id = :job"
                + " AND ih.committed AND r.id = ih.record_id").setParameter("job", job).executeUpdate();
        em.createNativeQuery("UPDATE household_record r SET current = true FROM import_household ih"
                + " WHERE ih.job_id = :job AND ih.committed AND r.id = ih.replaced_record_id").setParameter("job", job)
                .executeUpdate();

        // the households it created: gone with their members
        em.createNativeQuery("DELETE FROM household_member m USING import_household ih WHERE ih.job_id = :job"
                + " AND ih.committed AND ih.action = 'NEW' AND m.household_id = ih.household_id")
                .setParameter("job", job).executeUpdate();
        int removed = em.createNativeQuery("DELETE FROM household h USING import_household ih WHERE ih.job_id = :job"
                + " AND ih.committed AND ih.action = 'NEW' AND h.id = ih.household_id").setParameter("job", job)
                .executeUpdate();

        // the households it updated: the members it added go, the others and the household row come back
        em.createNativeQuery("DELETE FROM household_member m USING import_household ih WHERE ih.job_id = :job"
                + " AND ih.committed AND ih.action = 'UPDATED' AND m.household_id = ih.household_id AND NOT EXISTS"
                + " (SELECT 1 FROM jsonb_array_elements(ih.before -> 'members') b WHERE (b ->> 'id')::uuid = m.id)")
                .setParameter("job", job).executeUpdate();
        String members = columns("household_member");
        em.createNativeQuery("UPDATE household_member m SET (" + members + ", version, updated_at, updated_by) = ("
                + prefixed("b", members) + ", m.version + 1, now(), :actor) FROM import_household ih,"
                + " jsonb_populate_recordset(NULL::household_member, ih.before -> 'members') b"
                + " WHERE ih.job_id = :job AND ih.committed AND ih.action = 'UPDATED' AND m.id = b.id"
                + " AND m.household_id = ih.household_id").setParameter("job", job).setParameter("actor", actor)
                .executeUpdate();
        String household = columns("household");
        int restored = em.createNativeQuery("UPDATE household h SET (" + household + ", version, updated_at, updated_by)"
                + " = (" + prefixed("b", household) + ", h.version + 1, now(), :actor) FROM import_household ih,"
                + " jsonb_populate_record(NULL::household, ih.before -> 'household') b"
                + " WHERE ih.job_id = :job AND ih.committed AND ih.action = 'UPDATED' AND h.id = ih.household_id")
                .setParameter("job", job).setParameter("actor", actor).executeUpdate();

        em.createNativeQuery("UPDATE import_household SET undone = true WHERE job_id = :job AND committed")
                .setParameter("job", job).executeUpdate();
        return new int[] {removed, restored};
    }

    /** A table's columns an undo puts back, in table order. */
    @SuppressWarnings("unchecked")
    private String columns(String table) {
        List<String> names = em.createNativeQuery("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = :t ORDER BY ordinal_position")
                .setParameter("t", table).getResultList();
        return names.stream().filter(n -> !KEPT.contains(n)).collect(Collectors.joining(", "));
    }

    private static String prefixed(String alias, String columns) {
        return java.util.Arrays.stream(columns.split(", ")).map(c -> alias + "." + c).collect(Collectors.joining(", "));
    }
}
