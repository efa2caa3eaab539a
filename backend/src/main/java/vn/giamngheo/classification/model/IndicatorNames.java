package vn.giamngheo.classification.model;

import java.util.Map;

/** The short Vietnamese names of the indicators, as printed forms and reports show them. */
public final class IndicatorNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("EMPLOYMENT", "Việc làm"),
            Map.entry("DEPENDENTS", "Người phụ thuộc"),
            Map.entry("NUTRITION", "Dinh dưỡng"),
            Map.entry("HEALTH_INSURANCE", "Bảo hiểm y tế"),
            Map.entry("ADULT_EDUCATION", "Trình độ giáo dục người lớn"),
            Map.entry("CHILD_SCHOOLING", "Tình trạng đi học của trẻ em"),
            Map.entry("HOUSING_QUALITY", "Chất lượng nhà ở"),
            Map.entry("HOUSING_AREA", "Diện tích nhà ở"),
            Map.entry("DRINKING_WATER", "Nguồn nước sinh hoạt"),
            Map.entry("SANITATION", "Nhà tiêu hợp vệ sinh"),
            Map.entry("TELECOM", "Dịch vụ viễn thông"),
            Map.entry("INFORMATION_ACCESS", "Phương tiện tiếp cận thông tin"));

    private IndicatorNames() {
    }

    /** The name of an indicator code, or the code itself for one of another standard. */
    public static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }
}
