package vn.giamngheo.classification.model;

/** Where an indicator's value came from. */
public enum IndicatorSource {
    /** Derived from the household's and members' facts using the standard's parameters. */
    DERIVED,
    /** Ticked directly by the officer, as on the paper form. */
    GIVEN,
    /** Neither given nor derivable: a fact it needs is missing. Counted as not deprived. */
    UNKNOWN
}
