package vn.giamngheo.area;

/** The kind of administrative unit, as named in the official unit list. */
public enum UnitType {
    /** Thành phố trực thuộc trung ương (a province-level city). */
    MUNICIPALITY(UnitLevel.PROVINCE),
    /** Tỉnh. */
    PROVINCE(UnitLevel.PROVINCE),
    /** Phường: urban for the poverty line. */
    WARD(UnitLevel.COMMUNE),
    /** Xã: rural for the poverty line. */
    COMMUNE(UnitLevel.COMMUNE),
    /** Đặc khu (special zone): area type configurable per unit. */
    SPECIAL_ZONE(UnitLevel.COMMUNE);

    private final UnitLevel level;

    UnitType(UnitLevel level) {
        this.level = level;
    }

    public UnitLevel level() {
        return level;
    }
}
