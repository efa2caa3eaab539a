package vn.giamngheo.standard;

/** Life cycle of a poverty standard. */
public enum StandardStatus {
    /** Being prepared by an administrator; editable, not used to classify unless asked for by name. */
    DRAFT,
    /** In force for its years; immutable once households are classified under it. */
    PUBLISHED,
    /** Replaced or withdrawn; kept for history and what-if comparisons. */
    RETIRED
}
