package vn.giamngheo.area;

/** Tier of an administrative unit since the two-tier reform of 1 July 2025. */
public enum UnitLevel {
    /** Tỉnh / thành phố trực thuộc trung ương. */
    PROVINCE,
    /** Xã / phường / đặc khu. */
    COMMUNE
}
