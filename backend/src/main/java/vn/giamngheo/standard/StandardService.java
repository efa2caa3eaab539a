package vn.giamngheo.standard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.classification.engine.CompiledStandard;
import vn.giamngheo.classification.engine.IndicatorCatalogue;
import vn.giamngheo.classification.model.StandardDefinition;
import vn.giamngheo.classification.model.StandardDefinition.Dimension;
import vn.giamngheo.classification.model.StandardDefinition.IncomeLines;
import vn.giamngheo.classification.model.StandardDefinition.Indicator;
import vn.giamngheo.common.http.EntityTags;
import vn.giamngheo.common.problem.BusinessRuleException;
import vn.giamngheo.common.problem.ConflictException;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.problem.Problem;
import vn.giamngheo.common.problem.ProblemException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.standard.StandardViews.Editability;
import vn.giamngheo.standard.StandardViews.IndicatorType;
import vn.giamngheo.standard.StandardViews.StandardSummary;
import vn.giamngheo.standard.StandardViews.StandardValidation;
import vn.giamngheo.standard.StandardViews.StandardView;
import vn.giamngheo.common.time.AppClock;

/**
 * Poverty standards: reading them, the compiled form the classifier runs, and the administrators'
 * work flow (copy into a draft, edit, validate, publish, retire). A published standard that has
 * classified households never changes; until then only its provisional parts may.
 */
@ApplicationScoped
@Transactional
public class StandardService {

    @Inject
    AppClock clock;

    private record Compiled(int version, CompiledStandard standard) {
    }

    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

    @Inject
    ObjectMapper objectMapper;

    @Inject
    CurrentUser user;

    /** Every standard, or with {@code governingYear} only the published one governing that year. */
    @Transactional(TxType.SUPPORTS)
    public List<StandardSummary> list(Integer governingYear) {
        List<PovertyStandard> standards = governingYear == null ? PovertyStandard.listByYears()
                : PovertyStandard.governing(governingYear).map(List::of).orElse(List.of());
        return standards.stream().map(s -> {
            StandardDefinition d = parse(s);
            int indicators = d.dimensions() == null ? 0
                    : d.dimensions().stream().mapToInt(x -> x.indicators() == null ? 0 : x.indicators().size()).sum();
            return new StandardSummary(s.code, d.name(), d.nameEn(), d.legalReference(), s.yearFrom, s.yearTo, s.status,
                    d.ruleFamily(), d.lines(), indicators, s.basedOn, s.publishedAt, s.inUseSince != null);
        }).toList();
    }

    @Transactional(TxType.SUPPORTS)
    public StandardView get(String code) {
        return view(find(code));
    }

    /** The compiled form of a standard, cached per version. */
    @Transactional(TxType.SUPPORTS)
    public CompiledStandard compiled(String code) {
        return compiled(find(code));
    }

    /** The published standard governing a review year. */
    @Transactional(TxType.SUPPORTS)
    public Optional<PovertyStandard> governing(int year) {
        return PovertyStandard.governing(year);
    }

    @Transactional(TxType.SUPPORTS)
    public PovertyStandard find(String code) {
        PovertyStandard standard = code == null ? null : PovertyStandard.findById(code);
        if (standard == null) {
            throw new NotFoundException("standard", code);
        }
        return standard;
    }

    public CompiledStandard compiled(PovertyStandard standard) {
        Compiled cached = compiled.get(standard.code);
        if (cached == null || cached.version() != standard.version) {
            cached = new Compiled(standard.version, CompiledStandard.compile(parse(standard)));
            compiled.put(standard.code, cached);
        }
        return cached.standard();
    }

    @Transactional(TxType.SUPPORTS)
    public List<IndicatorType> catalogue() {
        return IndicatorCatalogue.entries().stream()
                .map(e -> new IndicatorType(e.code(), e.description(), e.descriptionEn(),
                        e.parameters().stream().map(StandardViews.ParameterView::from).toList()))
                .toList();
    }

    /** Copies a standard into a new draft that can be edited and published in its place. */
    public StandardView copy(String code, String newCode, String name) {
        PovertyStandard source = find(code);
        if (PovertyStandard.findById(newCode) != null) {
            throw new ConflictException("standard.duplicate_code", "A standard with code " + newCode + " exists");
        }
        StandardDefinition d = parse(source);
        StandardDefinition copy = new StandardDefinition(newCode, name == null || name.isBlank() ? d.name() : name.strip(),
                d.nameEn(), d.legalReference(), d.yearFrom(), d.yearTo(), d.ruleFamily(), d.minDeprivations(),
                d.scoreBPerIndicator(), d.workingAge(), d.lines(), d.dimensions());
        PovertyStandard draft = new PovertyStandard();
        draft.code = newCode;
        draft.status = StandardStatus.DRAFT;
        draft.basedOn = source.code;
        draft.createdAt = clock.now();
        draft.createdBy = user.username();
        apply(draft, copy);
        draft.persist();
        PovertyStandard.getEntityManager().flush();
        return view(draft);
    }

    /**
     * Replaces a standard's definition. Drafts take any change; a published standard not yet used
     * takes changes to its provisional parts only, and must stay valid; anything else is refused.
     */
    public StandardView update(String code, String ifMatch, StandardDefinition definition) {
        PovertyStandard standard = find(code);
        EntityTags.requireMatch(ifMatch, standard.version);
        if (definition == null) {
            throw new BusinessRuleException("standard.invalid", "The definition is required");
        }
        if (!code.equals(definition.code())) {
            throw new BusinessRuleException("standard.code_mismatch",
                    "The definition's code must be " + code + "; copy the standard to change its code");
        }
        if (definition.yearFrom() > definition.yearTo()) {
            throw invalid(List.of("years: yearFrom must not be after yearTo"));
        }
        Editability editable = editability(standard);
        if (editable == Editability.NONE) {
            throw new ConflictException("standard.not_editable", standard.inUseSince != null
                    ? "Households have been classified under " + code + "; copy it into a new draft to change it"
                    : standard.status == StandardStatus.RETIRED
                            ? "A retired standard cannot change; copy it into a new draft"
                            : "A published standard without provisional parts cannot change; copy it into a new draft");
        }
        if (editable == Editability.PROVISIONAL_ONLY) {
            StandardDefinition current = parse(standard);
            if (!withoutProvisional(current, current).equals(withoutProvisional(definition, current))) {
                throw new ConflictException("standard.not_editable", "Only the provisional parts of a published "
                        + "standard can change; copy it into a new draft for other changes");
            }
            List<String> problems = CompiledStandard.problems(definition);
            if (!problems.isEmpty()) {
                throw invalid(problems);
            }
        }
        apply(standard, definition);
        PovertyStandard.getEntityManager().flush();
        return view(standard);
    }

    /** Every reason the standard could not be published now. */
    @Transactional(TxType.SUPPORTS)
    public StandardValidation validate(String code) {
        List<String> problems = publicationProblems(find(code));
        return new StandardValidation(problems.isEmpty(), problems);
    }

    /**
     * Publishes a valid draft. The standard it was copied from, when published for overlapping
     * years, is retired in the same transaction: the draft supersedes it.
     */
    public StandardView publish(String code, String ifMatch) {
        PovertyStandard standard = find(code);
        EntityTags.requireMatch(ifMatch, standard.version);
        if (standard.status != StandardStatus.DRAFT) {
            throw new ConflictException("standard.not_a_draft", "Only a draft can be published; " + code + " is "
                    + standard.status);
        }
        List<String> problems = publicationProblems(standard);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        Instant now = clock.now();
        PovertyStandard superseded = supersededBy(standard);
        if (superseded != null) {
            superseded.status = StandardStatus.RETIRED;
            superseded.retiredAt = now;
            superseded.retiredBy = user.username();
            PovertyStandard.getEntityManager().flush();
        }
        standard.status = StandardStatus.PUBLISHED;
        standard.publishedAt = now;
        standard.publishedBy = user.username();
        standard.updatedAt = now;
        standard.updatedBy = user.username();
        PovertyStandard.getEntityManager().flush();
        return view(standard);
    }

    /** Withdraws a published standard; its years are then governed by no standard until another is published. */
    public StandardView retire(String code, String ifMatch) {
        PovertyStandard standard = find(code);
        EntityTags.requireMatch(ifMatch, standard.version);
        if (standard.status != StandardStatus.PUBLISHED) {
            throw new ConflictException("standard.not_published", "Only a published standard can be retired");
        }
        standard.status = StandardStatus.RETIRED;
        standard.retiredAt = clock.now();
        standard.retiredBy = user.username();
        PovertyStandard.getEntityManager().flush();
        return view(standard);
    }

    public void deleteDraft(String code, String ifMatch) {
        PovertyStandard standard = find(code);
        EntityTags.requireMatch(ifMatch, standard.version);
        if (standard.status != StandardStatus.DRAFT) {
            throw new ConflictException("standard.not_a_draft", "Only a draft can be deleted; retire a published one");
        }
        standard.delete();
        compiled.remove(code);
    }

    /** Records that households are classified under a standard: from now on it never changes. */
    public void markInUse(String code) {
        PovertyStandard standard = find(code);
        if (standard.inUseSince == null) {
            standard.inUseSince = clock.now();
        }
    }

    private List<String> publicationProblems(PovertyStandard standard) {
        List<String> problems = new ArrayList<>(CompiledStandard.problems(parse(standard)));
        PovertyStandard superseded = supersededBy(standard);
        List<PovertyStandard> overlapping = PovertyStandard.list(
                "status = ?1 and code <> ?2 and yearFrom <= ?3 and yearTo >= ?4 order by yearFrom",
                StandardStatus.PUBLISHED, standard.code, standard.yearTo, standard.yearFrom);
        for (PovertyStandard other : overlapping) {
            if (superseded == null || !other.code.equals(superseded.code)) {
                problems.add("years: " + standard.yearFrom + "–" + standard.yearTo + " overlap the published standard "
                        + other.code + " (" + other.yearFrom + "–" + other.yearTo + ")");
            }
        }
        return problems;
    }

    /** The published standard a draft replaces: the one it was copied from, if their years overlap. */
    private PovertyStandard supersededBy(PovertyStandard draft) {
        if (draft.basedOn == null) {
            return null;
        }
        PovertyStandard source = PovertyStandard.findById(draft.basedOn);
        if (source == null || source.status != StandardStatus.PUBLISHED
                || source.yearFrom > draft.yearTo || source.yearTo < draft.yearFrom) {
            return null;
        }
        return source;
    }

    private Editability editability(PovertyStandard standard) {
        return switch (standard.status) {
            case DRAFT -> Editability.ALL;
            case PUBLISHED -> standard.inUseSince == null && hasProvisionalParts(parse(standard))
                    ? Editability.PROVISIONAL_ONLY : Editability.NONE;
            case RETIRED -> Editability.NONE;
        };
    }

    private static boolean hasProvisionalParts(StandardDefinition d) {
        boolean lines = d.lines() != null && d.lines().values().stream().anyMatch(IncomeLines::averageLivingProvisional);
        return lines || (d.dimensions() != null && d.dimensions().stream()
                .flatMap(x -> x.indicators() == null ? java.util.stream.Stream.empty() : x.indicators().stream())
                .anyMatch(Indicator::provisional));
    }

    /** The definition with the parts {@code reference} marks provisional blanked out, for comparison. */
    private static StandardDefinition withoutProvisional(StandardDefinition d, StandardDefinition reference) {
        Map<AreaType, IncomeLines> lines = new EnumMap<>(AreaType.class);
        if (d.lines() != null) {
            d.lines().forEach((area, l) -> {
                IncomeLines ref = reference.lines() == null ? null : reference.lines().get(area);
                boolean provisional = ref != null && ref.averageLivingProvisional();
                lines.put(area, provisional
                        ? new IncomeLines(l.povertyLine(), l.nearPovertyLine(), null, true, l.scoreACutoff(),
                                l.scoreANearPovertyCutoff(), l.scoreAAverageUpper())
                        : l);
            });
        }
        List<Dimension> dimensions = d.dimensions() == null ? List.of() : d.dimensions().stream()
                .map(dim -> new Dimension(dim.code(), dim.name(), dim.nameEn(), dim.indicators() == null ? List.of()
                        : dim.indicators().stream().map(i -> provisional(reference, i.code())
                                ? new Indicator(i.code(), i.name(), i.nameEn(), null, true) : i).toList()))
                .toList();
        return new StandardDefinition(d.code(), d.name(), d.nameEn(), d.legalReference(), d.yearFrom(), d.yearTo(),
                d.ruleFamily(), d.minDeprivations(), d.scoreBPerIndicator(), d.workingAge(), lines, dimensions);
    }

    private static boolean provisional(StandardDefinition reference, String indicatorCode) {
        return reference.dimensions().stream().flatMap(d -> d.indicators().stream())
                .anyMatch(i -> i.code().equals(indicatorCode) && i.provisional());
    }

    private void apply(PovertyStandard standard, StandardDefinition definition) {
        standard.definition = write(definition);
        standard.yearFrom = definition.yearFrom();
        standard.yearTo = definition.yearTo();
        standard.updatedAt = clock.now();
        standard.updatedBy = user.username();
    }

    private StandardView view(PovertyStandard s) {
        return new StandardView(s.code, s.status, s.basedOn, s.version, editability(s), s.inUseSince != null,
                s.updatedAt, s.updatedBy, s.publishedAt, s.publishedBy, parse(s));
    }

    private StandardDefinition parse(PovertyStandard standard) {
        try {
            return objectMapper.readValue(standard.definition, StandardDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored standard " + standard.code + " is unreadable", e);
        }
    }

    private String write(StandardDefinition definition) {
        try {
            return objectMapper.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException invalid(List<String> problems) {
        List<Problem.Violation> violations = problems.stream().map(p -> {
            int colon = p.indexOf(':');
            return colon > 0 ? new Problem.Violation(p.substring(0, colon), p.substring(colon + 1).strip())
                    : new Problem.Violation("definition", p);
        }).toList();
        return new ProblemException(422, "standard.invalid", "The standard is not valid: " + problems.size()
                + " problem(s)", violations);
    }
}
