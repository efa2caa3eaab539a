package vn.giamngheo.area;

/** The two kinds of residential community below a commune (Thông tư 04/2012/TT-BNV). */
public enum VillageKind {
    /** Thôn, and its local names: ấp, bản, buôn, làng, plei, sóc, phum… */
    VILLAGE,
    /** Tổ dân phố, and its local names: khu phố, khóm… */
    RESIDENTIAL_GROUP
}
