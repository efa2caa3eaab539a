package vn.giamngheo.classification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.classification.ClassificationViews.ClassificationView;
import vn.giamngheo.classification.ClassificationViews.CompareRequest;
import vn.giamngheo.classification.ClassificationViews.ComparisonView;
import vn.giamngheo.classification.ClassificationViews.EvaluateRequest;
import vn.giamngheo.classification.ClassificationViews.ExplanationView;
import vn.giamngheo.classification.ClassificationViews.IndicatorOutcome;
import vn.giamngheo.classification.ClassificationViews.Subgroups;
import vn.giamngheo.classification.engine.ClassificationException;
import vn.giamngheo.classification.engine.Classifier;
import vn.giamngheo.classification.engine.CompiledStandard;
import vn.giamngheo.classification.model.ClassificationInput;
import vn.giamngheo.classification.model.ClassificationResult;
import vn.giamngheo.classification.model.Explanation;
import vn.giamngheo.classification.model.StandardDefinition.Dimension;
import vn.giamngheo.classification.model.StandardDefinition.Indicator;
import vn.giamngheo.classification.model.IndicatorSource;
import vn.giamngheo.common.problem.BusinessRuleException;
import vn.giamngheo.common.problem.NotFoundException;
import vn.giamngheo.common.security.CurrentUser;
import vn.giamngheo.common.security.Roles;
import vn.giamngheo.standard.PovertyStandard;
import vn.giamngheo.standard.StandardService;
import vn.giamngheo.standard.StandardStatus;
import vn.giamngheo.common.time.AppClock;

/** Classifies households on request (nothing is stored): picks the standard, runs the classifier, explains. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ClassificationService {

    @Inject
    AppClock clock;

    @Inject
    StandardService standards;

    @Inject
    CurrentUser user;

    public ClassificationView evaluate(EvaluateRequest request) {
        return evaluate(request, List.of());
    }

    private ClassificationView evaluate(EvaluateRequest request, List<String> ignored) {
        PovertyStandard standard = resolve(request.standardCode(), request.year());
        CompiledStandard compiled = standards.compiled(standard);
        LocalDate referenceDate = referenceDate(request);
        ClassificationInput input = new ClassificationInput(request.areaType(), request.monthlyIncomePerCapita(),
                request.scoreA(), request.deprivations(), request.household(), request.members());
        ClassificationResult result;
        try {
            result = Classifier.classify(compiled, input, referenceDate);
        } catch (ClassificationException e) {
            throw new BusinessRuleException(e.code(), e.getMessage());
        }
        return view(compiled, request.year(), referenceDate, result,
                Classifier.explain(compiled, input, referenceDate, result), ignored);
    }

    /**
     * The same household under each standard. A tick for an indicator a standard does not have is
     * left out for that standard (and listed in its result): what-if across standards must not fail
     * because the standards differ.
     */
    public ComparisonView compare(CompareRequest request) {
        List<ClassificationView> results = new ArrayList<>();
        for (String code : new LinkedHashSet<>(request.standardCodes())) {
            CompiledStandard compiled = standards.compiled(resolve(code, request.year()));
            Map<String, Boolean> ticks = new LinkedHashMap<>();
            List<String> ignored = new ArrayList<>();
            if (request.deprivations() != null) {
                request.deprivations().forEach((indicator, deprived) -> {
                    if (compiled.indexOf(indicator) >= 0) {
                        ticks.put(indicator, deprived);
                    } else {
                        ignored.add(indicator);
                    }
                });
            }
            results.add(evaluate(request.forStandard(code, ticks), ignored));
        }
        return new ComparisonView(results);
    }

    /** The parts of a classification to store beside a record's columns (see {@link #rebuild}). */
    public static ExplanationSnapshot snapshot(ClassificationView view) {
        return new ExplanationSnapshot(view.explanations(),
                view.indicators().stream().filter(i -> i.source() == IndicatorSource.GIVEN).map(IndicatorOutcome::code)
                        .toList(),
                view.undeterminedIndicators(), view.subgroups());
    }

    /** A stored classification shown again, with the names of the standard's indicators. */
    public ClassificationView rebuild(String standardCode, int year, LocalDate referenceDate,
            vn.giamngheo.classification.model.HouseholdClass classification, List<String> deprived, int scoreB,
            vn.giamngheo.classification.model.IncomeBasis incomeBasis, ExplanationSnapshot stored) {
        CompiledStandard standard = standards.compiled(standardCode);
        java.util.Set<String> given = new java.util.HashSet<>(stored.givenIndicators());
        java.util.Set<String> unknown = new java.util.HashSet<>(stored.undeterminedIndicators());
        java.util.Set<String> deprivedSet = new java.util.HashSet<>(deprived);
        List<IndicatorOutcome> indicators = new ArrayList<>(standard.indicatorCount());
        for (int i = 0; i < standard.indicatorCount(); i++) {
            Indicator indicator = standard.indicator(i);
            Dimension dimension = standard.dimension(i);
            IndicatorSource source = given.contains(indicator.code()) ? IndicatorSource.GIVEN
                    : unknown.contains(indicator.code()) ? IndicatorSource.UNKNOWN : IndicatorSource.DERIVED;
            indicators.add(new IndicatorOutcome(indicator.code(), indicator.name(), indicator.nameEn(), dimension.code(),
                    dimension.name(), dimension.nameEn(), deprivedSet.contains(indicator.code()), source));
        }
        return new ClassificationView(standard.code(), standard.definition().name(), standard.definition().nameEn(),
                year, referenceDate, classification, deprived, deprived.size(), scoreB, incomeBasis,
                stored.explanations(), stored.subgroups(), indicators, stored.undeterminedIndicators(), List.of());
    }

    /**
     * The standard named in the request, or the published one governing the year. Drafts are used
     * only when an administrator names them.
     */
    private PovertyStandard resolve(String code, int year) {
        if (code == null || code.isBlank()) {
            return standards.governing(year).orElseThrow(() -> new BusinessRuleException(
                    "classification.no_standard_for_year", "No published poverty standard governs " + year));
        }
        PovertyStandard standard;
        try {
            standard = standards.find(code);
        } catch (NotFoundException e) {
            throw new BusinessRuleException("classification.unknown_standard", "No poverty standard " + code);
        }
        if (standard.status == StandardStatus.DRAFT && !user.hasRole(Roles.ADMIN)) {
            throw new BusinessRuleException("classification.unknown_standard", "No poverty standard " + code);
        }
        return standard;
    }

    /** The requested date, or today kept within the review year. */
    private LocalDate referenceDate(EvaluateRequest request) {
        if (request.referenceDate() != null) {
            return request.referenceDate();
        }
        LocalDate today = clock.today();
        LocalDate first = LocalDate.of(request.year(), 1, 1);
        LocalDate last = LocalDate.of(request.year(), 12, 31);
        return today.isBefore(first) ? first : today.isAfter(last) ? last : today;
    }

    private static ClassificationView view(CompiledStandard standard, int year, LocalDate referenceDate,
            ClassificationResult result, List<Explanation> explanations, List<String> ignored) {
        List<IndicatorOutcome> indicators = new ArrayList<>(standard.indicatorCount());
        for (int i = 0; i < standard.indicatorCount(); i++) {
            long bit = 1L << i;
            IndicatorSource source = (result.givenMask() & bit) != 0 ? IndicatorSource.GIVEN
                    : (result.unknownMask() & bit) != 0 ? IndicatorSource.UNKNOWN : IndicatorSource.DERIVED;
            Indicator indicator = standard.indicator(i);
            Dimension dimension = standard.dimension(i);
            indicators.add(new IndicatorOutcome(indicator.code(), indicator.name(), indicator.nameEn(), dimension.code(),
                    dimension.name(), dimension.nameEn(), (result.deprivedMask() & bit) != 0, source));
        }
        return new ClassificationView(standard.code(), standard.definition().name(), standard.definition().nameEn(),
                year, referenceDate, result.classification(), standard.codesOf(result.deprivedMask()),
                result.deprivationCount(), result.scoreB(), result.incomeBasis(),
                explanations.stream().map(ExplanationView::from).toList(),
                new Subgroups(result.noLabourCapacity(), result.meritoriousMember(), result.ethnicMinority()),
                indicators, standard.codesOf(result.unknownMask()), List.copyOf(ignored));
    }
}
