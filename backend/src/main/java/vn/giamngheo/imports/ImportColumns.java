package vn.giamngheo.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.classification.model.Facts.EducationLevel;
import vn.giamngheo.classification.model.Facts.EmploymentStatus;
import vn.giamngheo.classification.model.Facts.LabourCapacity;
import vn.giamngheo.classification.model.Facts.LatrineType;
import vn.giamngheo.classification.model.Facts.NutritionStatus;
import vn.giamngheo.classification.model.Facts.RelationToHead;
import vn.giamngheo.classification.model.Facts.Sex;
import vn.giamngheo.classification.model.Facts.WasteDisposal;
import vn.giamngheo.classification.model.Facts.WaterSource;
import vn.giamngheo.common.text.VietnameseText;
import vn.giamngheo.reporting.EthnicGroups;

/**
 * The columns of a household file, in template order: the Vietnamese header an officer sees, the key a CSV or a
 * program may use instead, the kind of value and the words a cell may hold. A cell is read leniently (the label,
 * the code, either case, with or without diacritics; "x", "có", "1" for yes) and strictly checked: a value that is
 * not one of the column's is an issue, never a guess.
 */
public final class ImportColumns {

    public enum Level { HOUSEHOLD, MEMBER, SURVEY }

    public enum Type { TEXT, DATE, YES_NO, CHOICE, ETHNICITY, INTEGER, DECIMAL }

    /** One column; {@code choices} maps each enum value to its Vietnamese label (for CHOICE). */
    public record Column(String key, String header, Level level, Type type, boolean required, int maxLength,
            Map<Enum<?>, String> choices, String hint) {

        /** The words of the column's dropdown, in order. */
        public List<String> options() {
            return switch (type) {
                case CHOICE -> new ArrayList<>(choices.values());
                case YES_NO -> List.of(YES, NO);
                case ETHNICITY -> EthnicGroups.NAMES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + " - " + e.getValue()).toList();
                default -> List.of();
            };
        }
    }

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cc}");

    public static final String YES = "Có";
    public static final String NO = "Không";

    public static final List<Column> HOUSEHOLDS;
    private static final Map<String, Integer> BY_NAME = new HashMap<>();

    static {
        List<Column> c = new ArrayList<>();
        c.add(new Column("household_code", "Mã hộ", Level.HOUSEHOLD, Type.TEXT, false, 30, null,
                "Mã hộ đã có trong hệ thống (để cập nhật hộ đó); để trống với hộ mới"));
        c.add(new Column("household_number", "Số thứ tự hộ", Level.HOUSEHOLD, Type.TEXT, false, 20, null,
                "Các dòng cùng số là các thành viên của một hộ (khi chưa có mã hộ)"));
        c.add(new Column("commune_code", "Mã xã", Level.HOUSEHOLD, Type.TEXT, true, 5, null,
                "Mã đơn vị hành chính cấp xã (5 chữ số)"));
        c.add(new Column("village", "Thôn, tổ dân phố", Level.HOUSEHOLD, Type.TEXT, false, 150, null,
                "Tên thôn, tổ dân phố đã khai báo của xã"));
        c.add(new Column("address", "Địa chỉ", Level.HOUSEHOLD, Type.TEXT, false, 300, null, null));
        c.add(new Column("phone", "Điện thoại", Level.HOUSEHOLD, Type.TEXT, false, 20, null, null));
        c.add(new Column("full_name", "Họ và tên", Level.MEMBER, Type.TEXT, true, 150, null, null));
        c.add(new Column("relation_to_head", "Quan hệ với chủ hộ", Level.MEMBER, Type.CHOICE, true, 0,
                labels(RelationToHead.class, "Chủ hộ", "Vợ/chồng", "Con", "Con dâu/con rể", "Cháu", "Bố/mẹ",
                        "Bố/mẹ vợ hoặc chồng", "Ông/bà", "Anh/chị/em", "Họ hàng khác", "Khác"),
                "Mỗi hộ có đúng một chủ hộ"));
        c.add(new Column("sex", "Giới tính", Level.MEMBER, Type.CHOICE, false, 0, labels(Sex.class, "Nam", "Nữ"), null));
        c.add(new Column("birth_date", "Ngày sinh", Level.MEMBER, Type.DATE, false, 0, null, "dd/mm/yyyy"));
        c.add(new Column("ethnicity", "Dân tộc", Level.MEMBER, Type.ETHNICITY, false, 0, null, null));
        c.add(new Column("citizen_id", "Số CCCD", Level.MEMBER, Type.TEXT, false, 12, null,
                "12 chữ số; bắt buộc với chủ hộ của hộ mới"));
        c.add(new Column("labour_capacity", "Khả năng lao động", Level.MEMBER, Type.CHOICE, false, 0,
                labels(LabourCapacity.class, "Có khả năng lao động", "Còn một phần khả năng",
                        "Không có khả năng lao động"), null));
        c.add(new Column("employment", "Việc làm", Level.MEMBER, Type.CHOICE, false, 0,
                labels(EmploymentStatus.class, "Làm công có hợp đồng lao động", "Làm công không có hợp đồng",
                        "Tự làm", "Thất nghiệp", "Không tham gia lao động"), null));
        c.add(new Column("monthly_social_allowance", "Hưởng trợ cấp xã hội hằng tháng", Level.MEMBER, Type.YES_NO,
                false, 0, null, null));
        c.add(new Column("disabled", "Người khuyết tật", Level.MEMBER, Type.YES_NO, false, 0, null, null));
        c.add(new Column("nutrition", "Dinh dưỡng (trẻ dưới 16 tuổi)", Level.MEMBER, Type.CHOICE, false, 0,
                labels(NutritionStatus.class, "Bình thường", "Suy dinh dưỡng thấp còi", "Suy dinh dưỡng nhẹ cân"),
                null));
        c.add(new Column("health_insurance", "Có bảo hiểm y tế", Level.MEMBER, Type.YES_NO, false, 0, null, null));
        c.add(new Column("attending_school", "Đang đi học", Level.MEMBER, Type.YES_NO, false, 0, null, null));
        c.add(new Column("highest_education", "Trình độ học vấn", Level.MEMBER, Type.CHOICE, false, 0,
                labels(EducationLevel.class, "Chưa đi học", "Tiểu học", "Trung học cơ sở", "Trung học phổ thông",
                        "Trình độ nghề", "Cao đẳng", "Đại học trở lên"), null));
        c.add(new Column("meritorious", "Người có công với cách mạng", Level.MEMBER, Type.YES_NO, false, 0, null,
                null));
        c.add(new Column("sick_without_care", "Ốm đau không được khám chữa", Level.MEMBER, Type.YES_NO, false, 0,
                null, null));
        c.add(new Column("survey_year", "Năm rà soát", Level.SURVEY, Type.INTEGER, false, 0, null,
                "Điền ở dòng chủ hộ khi nhập kết quả rà soát của hộ"));
        c.add(new Column("survey_date", "Ngày rà soát", Level.SURVEY, Type.DATE, false, 0, null, "dd/mm/yyyy"));
        c.add(new Column("monthly_income", "Thu nhập bình quân đầu người/tháng (đồng)", Level.SURVEY, Type.INTEGER,
                false, 0, null, null));
        c.add(new Column("walls_durable", "Tường bền chắc", Level.SURVEY, Type.YES_NO, false, 0, null, null));
        c.add(new Column("pillars_durable", "Cột bền chắc", Level.SURVEY, Type.YES_NO, false, 0, null, null));
        c.add(new Column("roof_durable", "Mái bền chắc", Level.SURVEY, Type.YES_NO, false, 0, null, null));
        c.add(new Column("floor_area_m2", "Diện tích nhà ở (m²)", Level.SURVEY, Type.DECIMAL, false, 0, null, null));
        c.add(new Column("water_source", "Nguồn nước sinh hoạt", Level.SURVEY, Type.CHOICE, false, 0,
                labels(WaterSource.class, "Nước máy", "Giếng khoan", "Giếng đào được bảo vệ",
                        "Giếng đào không được bảo vệ", "Nước khe, mó được bảo vệ", "Nước khe, mó không được bảo vệ",
                        "Nước mưa", "Nước đóng bình, đóng chai", "Nước mua từ xe bồn", "Nước sông, suối, ao, hồ",
                        "Nguồn khác"), null));
        c.add(new Column("latrine_type", "Loại nhà tiêu", Level.SURVEY, Type.CHOICE, false, 0,
                labels(LatrineType.class, "Tự hoại", "Bán tự hoại", "Dội nước", "Hai ngăn", "Chìm có ống thông hơi",
                        "Hố đào đơn giản", "Cầu cá, nhà tiêu treo", "Không có nhà tiêu", "Loại khác"), null));
        c.add(new Column("waste_disposal", "Xử lý rác thải", Level.SURVEY, Type.CHOICE, false, 0,
                labels(WasteDisposal.class, "Được thu gom", "Phân loại, xử lý tại nhà", "Vứt bỏ bừa bãi",
                        "Cách khác"), null));
        c.add(new Column("internet_use", "Có người sử dụng Internet", Level.SURVEY, Type.YES_NO, false, 0, null, null));
        c.add(new Column("phone_subscription", "Có thuê bao điện thoại", Level.SURVEY, Type.YES_NO, false, 0, null,
                null));
        c.add(new Column("community_loudspeaker", "Nghe được loa truyền thanh", Level.SURVEY, Type.YES_NO, false, 0,
                null, null));
        HOUSEHOLDS = List.copyOf(c);
        for (int i = 0; i < HOUSEHOLDS.size(); i++) {
            BY_NAME.put(fold(HOUSEHOLDS.get(i).key()), i);
            BY_NAME.put(fold(HOUSEHOLDS.get(i).header()), i);
        }
    }

    private static final DateTimeFormatter[] DATES = {
        DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ISO_LOCAL_DATE
    };

    private ImportColumns() {
    }

    @SafeVarargs
    private static <E extends Enum<E>> Map<Enum<?>, String> labels(Class<E> type, String... vi) {
        E[] values = type.getEnumConstants();
        if (values.length != vi.length) {
            throw new IllegalStateException("labels of " + type.getSimpleName());
        }
        Map<Enum<?>, String> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(values[i], vi[i]);
        }
        return map;
    }

    public static int index(String key) {
        Integer i = BY_NAME.get(fold(key));
        if (i == null) {
            throw new IllegalArgumentException(key);
        }
        return i;
    }

    /**
     * Which column each header of a file is: {@code -1} for a header the product does not know (its cells are kept in
     * the error workbook but not read). A header is found by its Vietnamese text or its key, in any case, with or
     * without diacritics.
     */
    public static int[] mapHeaders(List<String> headers) {
        int[] map = new int[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            Integer at = h == null ? null : BY_NAME.get(fold(h));
            map[i] = at == null ? -1 : at;
        }
        return map;
    }

    static String fold(String text) {
        return VietnameseText.fold(text == null ? "" : text).replaceAll("[^a-z0-9]+", " ").strip();
    }

    // ------------------------------------------------------------------ reading a cell

    /** A cell that is not what its column holds: the code and the two messages. */
    public record Problem(String code, String vi, String en) {
    }

    /** The value of a cell, or a problem; an empty cell is {@code null} without a problem. */
    public record Value(Object value, Problem problem) {
        static final Value EMPTY = new Value(null, null);
    }

    public static Value read(Column column, String raw) {
        String text = raw == null ? null : VietnameseText.clean(raw);
        if (text == null || text.isEmpty()) {
            return column.required()
                    ? problem("import.required", "Bắt buộc nhập " + column.header(), column.header() + " is required")
                    : Value.EMPTY;
        }
        if (CONTROL.matcher(text).find()) {
            return problem("import.control_character", "Có ký tự điều khiển (không in được) trong ô",
                    "The cell holds a control (non-printing) character");
        }
        return switch (column.type()) {
            case TEXT -> column.maxLength() > 0 && text.length() > column.maxLength()
                    ? problem("import.too_long", "Dài quá " + column.maxLength() + " ký tự",
                            "Longer than " + column.maxLength() + " characters")
                    : new Value(text, null);
            case DATE -> date(text);
            case YES_NO -> yesNo(text);
            case CHOICE -> choice(column, text);
            case ETHNICITY -> ethnicity(text);
            case INTEGER -> integer(text);
            case DECIMAL -> decimal(text);
        };
    }

    private static Value problem(String code, String vi, String en) {
        return new Value(null, new Problem(code, vi, en));
    }

    private static Value date(String text) {
        if (text.matches("[0-9]{5}(\\.0+)?")) {
            // an Excel date cell read as its serial number (days since 30/12/1899)
            return new Value(LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(text.replaceAll("\\..*", ""))), null);
        }
        String value = text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
        for (DateTimeFormatter f : DATES) {
            try {
                return new Value(LocalDate.parse(value, f), null);
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return problem("import.date", "Ngày không hợp lệ \"" + text + "\" (dạng dd/mm/yyyy)",
                "Not a date \"" + text + "\" (dd/mm/yyyy)");
    }

    private static Value yesNo(String text) {
        String f = fold(text);
        if (List.of("co", "x", "1", "true", "yes", "y", "c").contains(f)) {
            return new Value(Boolean.TRUE, null);
        }
        if (List.of("khong", "0", "false", "no", "n", "k").contains(f)) {
            return new Value(Boolean.FALSE, null);
        }
        return problem("import.yes_no", "Chỉ nhận \"Có\" hoặc \"Không\", không nhận \"" + text + "\"",
                "Only \"Có\" (yes) or \"Không\" (no), not \"" + text + "\"");
    }

    private static Value choice(Column column, String text) {
        String f = fold(text);
        for (Map.Entry<Enum<?>, String> e : column.choices().entrySet()) {
            if (fold(e.getValue()).equals(f) || fold(e.getKey().name()).equals(f)) {
                return new Value(e.getKey(), null);
            }
        }
        return problem("import.choice", "\"" + text + "\" không có trong danh sách của cột " + column.header(),
                "\"" + text + "\" is not one of the values of " + column.header());
    }

    private static Value ethnicity(String text) {
        String code = text.replaceAll("\\s*-.*$", "").strip();
        if (code.matches("[0-9]{1,2}")) {
            String two = code.length() == 1 ? "0" + code : code;
            if (EthnicGroups.NAMES.containsKey(two)) {
                return new Value(two, null);
            }
        }
        String f = fold(text);
        for (Map.Entry<String, String> e : EthnicGroups.NAMES.entrySet()) {
            if (fold(e.getValue()).equals(f)) {
                return new Value(e.getKey(), null);
            }
        }
        return problem("import.ethnicity", "\"" + text + "\" không phải là một trong 54 dân tộc",
                "\"" + text + "\" is not one of the 54 ethnic groups");
    }

    private static Value integer(String text) {
        String digits = text.replaceAll("[.\\s]", "").replaceAll(",0+$", "");
        if (!digits.matches("[0-9]{1,15}")) {
            return problem("import.number", "Không phải số nguyên không âm: \"" + text + "\"",
                    "Not a whole number of zero or more: \"" + text + "\"");
        }
        return new Value(Long.parseLong(digits), null);
    }

    private static Value decimal(String text) {
        String number = text.replace(',', '.').replaceAll("\\s", "");
        try {
            BigDecimal value = new BigDecimal(number);
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100_000)) > 0) {
                throw new NumberFormatException();
            }
            return new Value(value, null);
        } catch (NumberFormatException e) {
            return problem("import.number", "Không phải số hợp lệ: \"" + text + "\"", "Not a valid number: \"" + text
                    + "\"");
        }
    }

    /** The cell text of a value for the column (the label an officer types), for templates and tests. */
    public static String label(Column column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.type()) {
            case CHOICE -> column.choices().get((Enum<?>) value);
            case YES_NO -> Boolean.TRUE.equals(value) ? YES : NO;
            case ETHNICITY -> value + " - " + EthnicGroups.name((String) value);
            case DATE -> ((LocalDate) value).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            default -> value.toString();
        };
    }

    public static String[] headers() {
        return HOUSEHOLDS.stream().map(Column::header).toArray(String[]::new);
    }

    public static String[] keys() {
        return HOUSEHOLDS.stream().map(Column::key).toArray(String[]::new);
    }
}
