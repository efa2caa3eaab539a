package vn.giamngheo.classification.model;

/** How a standard combines income and deprivations into a class. */
public enum RuleFamily {
    /**
     * Nghị định 07/2021 and 351/2025: income at or below the line, then poor with ≥ N deprivations
     * and near-poor with fewer; above the line never poor.
     */
    DUAL_CUTOFF,
    /**
     * Quyết định 59/2015: poor at or below the poverty line; between the poverty and near-poverty
     * lines, poor with ≥ N deprivations and near-poor with fewer.
     */
    BAND
}
