package vn.giamngheo.area;

/** Which income line of a poverty standard applies to a commune's households. */
public enum AreaType {
    /** Thành thị / đô thị. */
    URBAN,
    /** Nông thôn. */
    RURAL
}
