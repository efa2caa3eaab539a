package vn.giamngheo.classification;

import java.util.List;
import vn.giamngheo.classification.ClassificationViews.ExplanationView;
import vn.giamngheo.classification.ClassificationViews.Subgroups;

/**
 * What must be stored with a classification to show it again later, beyond what a record keeps in
 * columns (standard, class, deprived indicators, score B, income basis): the explanations, which
 * indicators were given or undetermined, and the subgroups. Names come back from the standard.
 */
public record ExplanationSnapshot(List<ExplanationView> explanations, List<String> givenIndicators,
        List<String> undeterminedIndicators, Subgroups subgroups) {
}
