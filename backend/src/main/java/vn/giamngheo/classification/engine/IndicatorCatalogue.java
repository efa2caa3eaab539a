package vn.giamngheo.classification.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.giamngheo.classification.model.Facts.EducationLevel;
import vn.giamngheo.classification.model.Facts.EmploymentStatus;
import vn.giamngheo.classification.model.Facts.InformationDevice;
import vn.giamngheo.classification.model.Facts.LatrineType;
import vn.giamngheo.classification.model.Facts.NutritionStatus;
import vn.giamngheo.classification.model.Facts.TelecomService;
import vn.giamngheo.classification.model.Facts.WasteDisposal;
import vn.giamngheo.classification.model.Facts.WaterSource;

/**
 * Every indicator code the classifier can derive, with the parameters each takes. A standard may
 * use any of them with its own parameter values; a code outside this list cannot be derived and is
 * refused when a standard is validated.
 */
public final class IndicatorCatalogue {

    /** One derivable indicator and the parameters it takes. */
    public record Entry(String code, String description, String descriptionEn, List<ParameterSpec> parameters) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();
    private static final Map<String, Function<Parameters, IndicatorRule>> FACTORIES = new LinkedHashMap<>();

    static {
        add("EMPLOYMENT", "Có thành viên trong độ tuổi lao động thất nghiệp hoặc làm công không có hợp đồng",
                "A working-age member is unemployed or in wage work without a contract",
                List.of(ParameterSpec.codes("deprivedStatuses", EmploymentStatus.class,
                        "Tình trạng việc làm bị coi là thiếu hụt", "Employment statuses that count as deprived")),
                p -> new IndicatorRules.Employment(p.codes("deprivedStatuses", EmploymentStatus.class)));
        add("DEPENDENTS", "Người phụ thuộc chiếm trên tỷ lệ quy định số thành viên",
                "Dependants are more than the given share of the members",
                List.of(ParameterSpec.integer("childAgeBelow", "Trẻ em dưới (tuổi)", "Children under (years)"),
                        ParameterSpec.decimal("maxDependantShare", "Thiếu hụt khi tỷ lệ người phụ thuộc lớn hơn",
                                "Deprived when the share of dependants exceeds")),
                p -> new IndicatorRules.Dependents(p.integer("childAgeBelow"), p.decimal("maxDependantShare")));
        add("NUTRITION", "Có trẻ em suy dinh dưỡng", "A child is stunted or underweight",
                List.of(ParameterSpec.integer("childAgeBelow", "Trẻ em dưới (tuổi)", "Children under (years)"),
                        ParameterSpec.codes("deprivedStatuses", NutritionStatus.class,
                                "Tình trạng dinh dưỡng bị coi là thiếu hụt", "Nutrition statuses that count")),
                p -> new IndicatorRules.Nutrition(p.integer("childAgeBelow"),
                        p.codes("deprivedStatuses", NutritionStatus.class)));
        add("HEALTH_SERVICE_ACCESS", "Có người ốm đau nhưng không đi khám chữa bệnh",
                "A member was ill and got no medical care",
                List.of(ParameterSpec.integer("lookbackMonths", "Trong số tháng qua", "Over the last (months)")),
                p -> new IndicatorRules.HealthServiceAccess(p.integer("lookbackMonths")));
        add("HEALTH_INSURANCE", "Có thành viên từ đủ số tuổi quy định trở lên không có bảo hiểm y tế",
                "A member of at least the given age has no health insurance",
                List.of(ParameterSpec.integer("minAge", "Từ (tuổi) trở lên", "From age (inclusive)")),
                p -> new IndicatorRules.HealthInsurance(p.integer("minAge")));
        add("ADULT_EDUCATION", "Có người trong độ tuổi không đi học và chưa đạt trình độ theo độ tuổi",
                "A member in the age range is not in school and below the level for their age",
                List.of(ParameterSpec.integer("ageFrom", "Từ (tuổi)", "From age (inclusive)"),
                        ParameterSpec.integer("ageTo", "Đến (tuổi, tính cả)", "To age (inclusive)"),
                        ParameterSpec.integer("lowerLevelBelowAge", "Dưới tuổi này áp dụng trình độ thấp",
                                "Below this age the lower level applies"),
                        ParameterSpec.codes("lowerLevelAccepted", EducationLevel.class, "Trình độ đạt (nhóm tuổi dưới)",
                                "Levels accepted below that age"),
                        ParameterSpec.codes("upperLevelAccepted", EducationLevel.class, "Trình độ đạt (nhóm tuổi trên)",
                                "Levels accepted from that age")),
                p -> new IndicatorRules.AdultEducation(p.integer("ageFrom"), p.integer("ageTo"),
                        p.integer("lowerLevelBelowAge"), p.codes("lowerLevelAccepted", EducationLevel.class),
                        p.codes("upperLevelAccepted", EducationLevel.class)));
        add("CHILD_SCHOOLING", "Có trẻ em trong độ tuổi đi học không đi học", "A school-age child is not in school",
                List.of(ParameterSpec.integer("ageFrom", "Từ (tuổi)", "From age (inclusive)"),
                        ParameterSpec.integer("ageBelow", "Dưới (tuổi)", "Under age")),
                p -> new IndicatorRules.ChildSchooling(p.integer("ageFrom"), p.integer("ageBelow")));
        add("HOUSING_QUALITY", "Nhà ở không bền chắc", "The dwelling is not durable",
                List.of(ParameterSpec.integer("minNonDurableParts",
                        "Số kết cấu chính (tường, cột, mái) không bền chắc từ", "Non-durable main parts, at least")),
                p -> new IndicatorRules.HousingQuality(p.integer("minNonDurableParts")));
        add("HOUSING_AREA", "Diện tích nhà ở bình quân đầu người dưới mức quy định",
                "Floor area per person under the threshold",
                List.of(ParameterSpec.decimal("minAreaPerPersonM2", "Dưới (m²/người)", "Under (m² per person)")),
                p -> new IndicatorRules.HousingArea(p.decimal("minAreaPerPersonM2")));
        add("DRINKING_WATER", "Không tiếp cận nguồn nước sinh hoạt an toàn", "No safe drinking water source",
                List.of(ParameterSpec.codes("safeSources", WaterSource.class, "Nguồn nước hợp vệ sinh",
                        "Safe sources")),
                p -> new IndicatorRules.DrinkingWater(p.codes("safeSources", WaterSource.class)));
        add("SANITATION", "Không sử dụng nhà tiêu hợp vệ sinh", "No hygienic latrine",
                List.of(ParameterSpec.codes("hygienicTypes", LatrineType.class, "Loại nhà tiêu hợp vệ sinh",
                        "Hygienic latrine types")),
                p -> new IndicatorRules.Sanitation(p.codes("hygienicTypes", LatrineType.class)));
        add("WASTE_DISPOSAL", "Rác thải sinh hoạt không được xử lý đúng cách", "Household waste not disposed of properly",
                List.of(ParameterSpec.codes("acceptedMethods", WasteDisposal.class, "Cách xử lý đạt yêu cầu",
                        "Accepted ways")),
                p -> new IndicatorRules.WasteDisposalRule(p.codes("acceptedMethods", WasteDisposal.class)));
        add("TELECOM", "Không thành viên nào sử dụng dịch vụ viễn thông", "No member uses a telecom service",
                List.of(ParameterSpec.codes("acceptedServices", TelecomService.class, "Dịch vụ được tính",
                        "Services that count")),
                p -> new IndicatorRules.Telecom(p.codes("acceptedServices", TelecomService.class)));
        add("INFORMATION_ACCESS", "Không có phương tiện tiếp cận thông tin", "No device for access to information",
                List.of(ParameterSpec.codes("devices", InformationDevice.class, "Phương tiện được tính",
                                "Devices that count"),
                        ParameterSpec.bool("loudspeakerCounts", "Loa truyền thanh thôn, xã cũng được tính",
                                "The community loudspeaker counts too")),
                p -> new IndicatorRules.InformationAccess(p.codes("devices", InformationDevice.class),
                        p.bool("loudspeakerCounts")));
    }

    private IndicatorCatalogue() {
    }

    private static void add(String code, String description, String descriptionEn, List<ParameterSpec> parameters,
            Function<Parameters, IndicatorRule> factory) {
        ENTRIES.put(code, new Entry(code, description, descriptionEn, parameters));
        FACTORIES.put(code, factory);
    }

    public static List<Entry> entries() {
        return List.copyOf(ENTRIES.values());
    }

    public static Set<String> codes() {
        return ENTRIES.keySet();
    }

    /** Builds the rule of an indicator; unknown codes and bad parameters are refused. */
    static IndicatorRule rule(String code, Map<String, Object> parameters) {
        Function<Parameters, IndicatorRule> factory = FACTORIES.get(code);
        if (factory == null) {
            throw new IllegalArgumentException("'" + code + "' is not an indicator the classifier can derive; known: "
                    + String.join(", ", ENTRIES.keySet()));
        }
        return factory.apply(new Parameters(code, parameters));
    }
}
