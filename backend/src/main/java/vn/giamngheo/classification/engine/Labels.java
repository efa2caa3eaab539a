package vn.giamngheo.classification.engine;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import vn.giamngheo.classification.model.Facts.EducationLevel;
import vn.giamngheo.classification.model.Facts.EmploymentStatus;
import vn.giamngheo.classification.model.Facts.InformationDevice;
import vn.giamngheo.classification.model.Facts.LatrineType;
import vn.giamngheo.classification.model.Facts.NutritionStatus;
import vn.giamngheo.classification.model.Facts.TelecomService;
import vn.giamngheo.classification.model.Facts.WasteDisposal;
import vn.giamngheo.classification.model.Facts.WaterSource;

/** Vietnamese and English wording of facts, for explanations. */
final class Labels {

    private static final Map<Enum<?>, String[]> LABELS = new java.util.HashMap<>();

    static {
        put(EmploymentStatus.UNEMPLOYED, "thất nghiệp", "unemployed");
        put(EmploymentStatus.WAGE_WITHOUT_CONTRACT, "làm công không có hợp đồng lao động",
                "in wage work without a labour contract");
        put(EmploymentStatus.WAGE_WITH_CONTRACT, "làm công có hợp đồng lao động", "in wage work with a contract");
        put(EmploymentStatus.SELF_EMPLOYED, "tự làm", "self-employed");
        put(EmploymentStatus.NOT_IN_LABOUR_FORCE, "không tham gia lao động", "not in the labour force");
        put(NutritionStatus.STUNTED, "suy dinh dưỡng thấp còi", "stunted");
        put(NutritionStatus.UNDERWEIGHT, "suy dinh dưỡng nhẹ cân", "underweight");
        put(NutritionStatus.NORMAL, "bình thường", "normal");
        put(EducationLevel.NONE, "chưa đi học", "no schooling");
        put(EducationLevel.PRIMARY, "tiểu học", "primary school");
        put(EducationLevel.LOWER_SECONDARY, "trung học cơ sở", "lower secondary school");
        put(EducationLevel.UPPER_SECONDARY, "trung học phổ thông", "upper secondary school");
        put(EducationLevel.VOCATIONAL, "trình độ nghề", "vocational training");
        put(EducationLevel.COLLEGE, "cao đẳng", "college");
        put(EducationLevel.UNIVERSITY, "đại học", "university");
        put(WaterSource.PIPED, "nước máy", "piped water");
        put(WaterSource.DRILLED_WELL, "giếng khoan", "a drilled well");
        put(WaterSource.PROTECTED_DUG_WELL, "giếng đào được bảo vệ", "a protected dug well");
        put(WaterSource.UNPROTECTED_DUG_WELL, "giếng đào không được bảo vệ", "an unprotected dug well");
        put(WaterSource.PROTECTED_SPRING, "nước khe, mó được bảo vệ", "a protected spring");
        put(WaterSource.UNPROTECTED_SPRING, "nước khe, mó không được bảo vệ", "an unprotected spring");
        put(WaterSource.RAINWATER, "nước mưa", "rain water");
        put(WaterSource.BOTTLED, "nước đóng bình, đóng chai", "bottled water");
        put(WaterSource.TANKER, "nước mua từ xe bồn", "water from a tanker");
        put(WaterSource.SURFACE_WATER, "nước sông, suối, ao, hồ", "river, stream or pond water");
        put(WaterSource.OTHER, "nguồn khác", "another source");
        put(LatrineType.SEPTIC, "tự hoại", "septic tank");
        put(LatrineType.SEMI_SEPTIC, "bán tự hoại", "semi-septic tank");
        put(LatrineType.POUR_FLUSH, "dội nước", "pour-flush");
        put(LatrineType.DOUBLE_VAULT, "hai ngăn", "double-vault");
        put(LatrineType.VENTILATED_PIT, "chìm có ống thông hơi", "ventilated pit");
        put(LatrineType.SIMPLE_PIT, "hố đào đơn giản", "simple pit");
        put(LatrineType.HANGING, "cầu cá, nhà tiêu treo", "hanging latrine");
        put(LatrineType.NONE, "không có nhà tiêu", "no latrine");
        put(LatrineType.OTHER, "loại khác", "another kind");
        put(WasteDisposal.COLLECTED, "được thu gom", "collected");
        put(WasteDisposal.ON_SITE_TREATMENT, "phân loại, xử lý tại nhà", "sorted and treated at home");
        put(WasteDisposal.DUMPED, "vứt bỏ bừa bãi", "dumped");
        put(WasteDisposal.OTHER, "cách khác", "another way");
        put(InformationDevice.TV, "tivi", "TV");
        put(InformationDevice.RADIO, "radio", "radio");
        put(InformationDevice.COMPUTER, "máy tính", "computer");
        put(InformationDevice.SMARTPHONE, "điện thoại thông minh", "smartphone");
        put(InformationDevice.PHONE, "điện thoại", "phone");
        put(TelecomService.INTERNET, "internet", "internet");
        put(TelecomService.PHONE, "thuê bao điện thoại", "a phone subscription");
    }

    private Labels() {
    }

    private static void put(Enum<?> value, String vi, String en) {
        LABELS.put(value, new String[] {vi, en});
    }

    static String vi(Enum<?> value) {
        String[] label = LABELS.get(value);
        return label == null ? value.name() : label[0];
    }

    static String en(Enum<?> value) {
        String[] label = LABELS.get(value);
        return label == null ? value.name() : label[1];
    }

    static String vi(Collection<? extends Enum<?>> values, String joiner) {
        return values.stream().map(Labels::vi).collect(Collectors.joining(joiner));
    }

    static String en(Collection<? extends Enum<?>> values, String joiner) {
        return values.stream().map(Labels::en).collect(Collectors.joining(joiner));
    }

    /** "Nguyễn Văn A, 34 tuổi" (or "Thành viên 2" without a name). */
    static String memberVi(FactTable m, int i) {
        String name = m.name(i);
        name = name == null || name.isBlank() ? "Thành viên " + (i + 1) : name;
        return m.age[m.off + i] >= 0 ? name + ", " + m.age[m.off + i] + " tuổi" : name;
    }

    static String memberEn(FactTable m, int i) {
        String name = m.name(i);
        name = name == null || name.isBlank() ? "Member " + (i + 1) : name;
        return m.age[m.off + i] >= 0 ? name + ", aged " + m.age[m.off + i] : name;
    }
}
