package vn.giamngheo.classification.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.giamngheo.area.AreaType;
import vn.giamngheo.classification.model.RuleFamily;
import vn.giamngheo.classification.model.StandardDefinition;
import vn.giamngheo.classification.model.StandardDefinition.Dimension;
import vn.giamngheo.classification.model.StandardDefinition.IncomeLines;
import vn.giamngheo.classification.model.StandardDefinition.Indicator;

/**
 * A standard turned into what the classifier runs: its indicators in form order with their rules
 * built from the parameters. Built once per standard version and shared; immutable.
 */
public final class CompiledStandard {

    /** The most indicators a standard can have (indicator sets are 64-bit masks). */
    public static final int MAX_INDICATORS = 63;

    private final StandardDefinition definition;
    private final String[] codes;
    private final String[] dimensionCodes;
    private final Indicator[] indicators;
    private final Dimension[] dimensionOf;
    private final IndicatorRule[] rules;
    /** Position of each rule's class in {@link #KINDS}, for {@link #evaluate}. */
    private final int[] kinds;
    private final Map<String, Integer> indexByCode;
    private final EnumMap<AreaType, IncomeLines> lines;

    private CompiledStandard(StandardDefinition definition, List<Indicator> indicators, List<Dimension> dimensionOf,
            IndicatorRule[] rules, Map<String, Integer> indexByCode) {
        this.definition = definition;
        this.indicators = indicators.toArray(Indicator[]::new);
        this.dimensionOf = dimensionOf.toArray(Dimension[]::new);
        this.codes = indicators.stream().map(Indicator::code).toArray(String[]::new);
        this.dimensionCodes = dimensionOf.stream().map(Dimension::code).toArray(String[]::new);
        this.rules = rules;
        this.kinds = new int[rules.length];
        for (int i = 0; i < rules.length; i++) {
            kinds[i] = KINDS.indexOf(rules[i].getClass());
        }
        this.indexByCode = indexByCode;
        this.lines = new EnumMap<>(definition.lines());
    }

    /** Compiles a valid definition; refuses an invalid one with every problem found. */
    public static CompiledStandard compile(StandardDefinition definition) {
        List<String> problems = problems(definition);
        if (!problems.isEmpty()) {
            throw new InvalidStandardException(problems);
        }
        List<Indicator> indicators = new ArrayList<>();
        List<Dimension> dimensions = new ArrayList<>();
        List<IndicatorRule> rules = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (Dimension dimension : definition.dimensions()) {
            for (Indicator indicator : dimension.indicators()) {
                index.put(indicator.code(), indicators.size());
                indicators.add(indicator);
                dimensions.add(dimension);
                rules.add(IndicatorCatalogue.rule(indicator.code(), indicator.parameters()));
            }
        }
        return new CompiledStandard(definition, indicators, dimensions, rules.toArray(IndicatorRule[]::new),
                Map.copyOf(index));
    }

    /**
     * Everything structurally wrong with a definition: missing names, years out of order, lines not
     * ascending, unknown or duplicate indicators, missing or mistyped thresholds. Empty when valid.
     */
    public static List<String> problems(StandardDefinition d) {
        List<String> problems = new ArrayList<>();
        if (d == null) {
            return List.of("the standard is empty");
        }
        if (d.code() == null || !d.code().matches("[A-Z][A-Z0-9_]{2,39}")) {
            problems.add("code: 3 to 40 capital letters, digits or _, starting with a letter");
        }
        if (blank(d.name())) {
            problems.add("name: required");
        }
        if (blank(d.legalReference())) {
            problems.add("legalReference: required");
        }
        if (d.yearFrom() < 2000 || d.yearTo() > 2100 || d.yearFrom() > d.yearTo()) {
            problems.add("years: yearFrom must not be after yearTo, both between 2000 and 2100");
        }
        if (d.ruleFamily() == null) {
            problems.add("ruleFamily: required (DUAL_CUTOFF or BAND)");
        }
        if (d.scoreBPerIndicator() <= 0) {
            problems.add("scoreBPerIndicator: must be positive");
        }
        if (d.workingAge() == null) {
            problems.add("workingAge: required");
        } else if (d.workingAge().from() <= 0 || d.workingAge().belowMale() <= d.workingAge().from()
                || d.workingAge().belowFemale() <= d.workingAge().from()) {
            problems.add("workingAge: from must be positive and below both upper ages");
        }
        checkLines(d, problems);
        int indicators = checkDimensions(d, problems);
        if (d.minDeprivations() < 1 || (indicators > 0 && d.minDeprivations() > indicators)) {
            problems.add("minDeprivations: between 1 and the number of indicators");
        }
        return problems;
    }

    private static void checkLines(StandardDefinition d, List<String> problems) {
        if (d.lines() == null) {
            problems.add("lines: required for RURAL and URBAN");
            return;
        }
        for (AreaType area : AreaType.values()) {
            IncomeLines l = d.lines().get(area);
            String at = "lines." + area + ": ";
            if (l == null) {
                problems.add(at + "required");
                continue;
            }
            if (l.povertyLine() <= 0) {
                problems.add(at + "povertyLine must be positive");
            }
            long top = l.povertyLine();
            if (d.ruleFamily() == RuleFamily.BAND) {
                if (l.nearPovertyLine() == null || l.nearPovertyLine() <= l.povertyLine()) {
                    problems.add(at + "nearPovertyLine must be above povertyLine (band rule)");
                } else {
                    top = l.nearPovertyLine();
                }
            } else if (l.nearPovertyLine() != null) {
                problems.add(at + "nearPovertyLine is only used by the band rule");
            }
            if (l.averageLivingUpper() != null && l.averageLivingUpper() <= top) {
                problems.add(at + "averageLivingUpper must be above the lines below it");
            }
            Integer cut = l.scoreACutoff();
            if (cut != null && cut <= 0) {
                problems.add(at + "scoreACutoff must be positive");
            }
            if (l.scoreANearPovertyCutoff() != null && (cut == null || l.scoreANearPovertyCutoff() <= cut)) {
                problems.add(at + "scoreANearPovertyCutoff must be above scoreACutoff");
            }
            if (l.scoreAAverageUpper() != null && (cut == null || l.scoreAAverageUpper() <= cut)) {
                problems.add(at + "scoreAAverageUpper must be above scoreACutoff");
            }
        }
        if (d.lines().size() != AreaType.values().length) {
            problems.add("lines: only RURAL and URBAN");
        }
    }

    private static int checkDimensions(StandardDefinition d, List<String> problems) {
        if (d.dimensions() == null || d.dimensions().isEmpty()) {
            problems.add("dimensions: at least one");
            return 0;
        }
        Set<String> seen = new HashSet<>();
        Set<String> dimensionCodes = new HashSet<>();
        int count = 0;
        for (Dimension dimension : d.dimensions()) {
            String at = "dimensions." + dimension.code() + ": ";
            if (blank(dimension.code()) || !dimensionCodes.add(dimension.code())) {
                problems.add("dimensions: every dimension needs its own code");
            }
            if (blank(dimension.name())) {
                problems.add(at + "name required");
            }
            if (dimension.indicators() == null || dimension.indicators().isEmpty()) {
                problems.add(at + "at least one indicator");
                continue;
            }
            for (Indicator indicator : dimension.indicators()) {
                count++;
                if (blank(indicator.code()) || !seen.add(indicator.code())) {
                    problems.add(at + "indicator " + indicator.code() + " appears twice or has no code");
                    continue;
                }
                if (blank(indicator.name())) {
                    problems.add("indicators." + indicator.code() + ": name required");
                }
                try {
                    IndicatorCatalogue.rule(indicator.code(), indicator.parameters());
                } catch (IllegalArgumentException e) {
                    problems.add("indicators." + e.getMessage());
                }
            }
        }
        if (count > MAX_INDICATORS) {
            problems.add("indicators: at most " + MAX_INDICATORS);
        }
        return count;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public StandardDefinition definition() {
        return definition;
    }

    public String code() {
        return definition.code();
    }

    public int indicatorCount() {
        return codes.length;
    }

    /** Indicator code at a position (form order). */
    public String indicatorCode(int index) {
        return codes[index];
    }

    public String dimensionCode(int index) {
        return dimensionCodes[index];
    }

    /** The indicator at a position, with its names. */
    public Indicator indicator(int index) {
        return indicators[index];
    }

    /** The dimension the indicator at a position belongs to. */
    public Dimension dimension(int index) {
        return dimensionOf[index];
    }

    /** Position of an indicator, or -1 when the standard does not have it. */
    public int indexOf(String code) {
        Integer index = indexByCode.get(code);
        return index == null ? -1 : index;
    }

    /** Indicator codes of a mask, in form order. */
    public List<String> codesOf(long mask) {
        List<String> list = new ArrayList<>(Long.bitCount(mask));
        for (int i = 0; i < codes.length; i++) {
            if ((mask & (1L << i)) != 0) {
                list.add(codes[i]);
            }
        }
        return list;
    }

    /**
     * Derives indicator {@code index} (see {@link IndicatorRule#evaluate}). The switch calls each
     * rule's own class directly, so that the compiler can inline it: a call through the common
     * type would be megamorphic in the classifier's loop.
     */
    int evaluate(int index, FactTable facts, Evidence evidence) {
        IndicatorRule rule = rules[index];
        return switch (kinds[index]) {
            case 0 -> ((IndicatorRules.Employment) rule).evaluate(facts, evidence);
            case 1 -> ((IndicatorRules.Dependents) rule).evaluate(facts, evidence);
            case 2 -> ((IndicatorRules.Nutrition) rule).evaluate(facts, evidence);
            case 3 -> ((IndicatorRules.HealthInsurance) rule).evaluate(facts, evidence);
            case 4 -> ((IndicatorRules.HealthServiceAccess) rule).evaluate(facts, evidence);
            case 5 -> ((IndicatorRules.AdultEducation) rule).evaluate(facts, evidence);
            case 6 -> ((IndicatorRules.ChildSchooling) rule).evaluate(facts, evidence);
            case 7 -> ((IndicatorRules.HousingQuality) rule).evaluate(facts, evidence);
            case 8 -> ((IndicatorRules.HousingArea) rule).evaluate(facts, evidence);
            case 9 -> ((IndicatorRules.DrinkingWater) rule).evaluate(facts, evidence);
            case 10 -> ((IndicatorRules.Sanitation) rule).evaluate(facts, evidence);
            case 11 -> ((IndicatorRules.WasteDisposalRule) rule).evaluate(facts, evidence);
            case 12 -> ((IndicatorRules.Telecom) rule).evaluate(facts, evidence);
            case 13 -> ((IndicatorRules.InformationAccess) rule).evaluate(facts, evidence);
            default -> rule.evaluate(facts, evidence);
        };
    }

    private static final List<Class<? extends IndicatorRule>> KINDS = List.of(IndicatorRules.Employment.class,
            IndicatorRules.Dependents.class, IndicatorRules.Nutrition.class, IndicatorRules.HealthInsurance.class,
            IndicatorRules.HealthServiceAccess.class, IndicatorRules.AdultEducation.class,
            IndicatorRules.ChildSchooling.class, IndicatorRules.HousingQuality.class, IndicatorRules.HousingArea.class,
            IndicatorRules.DrinkingWater.class, IndicatorRules.Sanitation.class, IndicatorRules.WasteDisposalRule.class,
            IndicatorRules.Telecom.class, IndicatorRules.InformationAccess.class);

    IncomeLines lines(AreaType areaType) {
        return lines.get(areaType);
    }
}
