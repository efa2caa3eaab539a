package vn.giamngheo.reporting;

import java.util.Map;

/**
 * The 54 ethnic groups with their official codes (Danh mục các dân tộc Việt Nam, Quyết định
 * 121-TCTK/PPCĐ), as the SPA lists them (frontend/src/lib/ethnicities.ts); 01 is Kinh.
 */
public final class EthnicGroups {

    public static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("01", "Kinh"),
            Map.entry("02", "Tày"),
            Map.entry("03", "Thái"),
            Map.entry("04", "Hoa"),
            Map.entry("05", "Khơ-me"),
            Map.entry("06", "Mường"),
            Map.entry("07", "Nùng"),
            Map.entry("08", "HMông"),
            Map.entry("09", "Dao"),
            Map.entry("10", "Gia-rai"),
            Map.entry("11", "Ngái"),
            Map.entry("12", "Ê-đê"),
            Map.entry("13", "Ba-na"),
            Map.entry("14", "Xơ-Đăng"),
            Map.entry("15", "Sán Chay"),
            Map.entry("16", "Cơ-ho"),
            Map.entry("17", "Chăm"),
            Map.entry("18", "Sán Dìu"),
            Map.entry("19", "Hrê"),
            Map.entry("20", "Mnông"),
            Map.entry("21", "Ra-glai"),
            Map.entry("22", "Xtiêng"),
            Map.entry("23", "Bru-Vân Kiều"),
            Map.entry("24", "Thổ"),
            Map.entry("25", "Giáy"),
            Map.entry("26", "Cơ-tu"),
            Map.entry("27", "Gié-Triêng"),
            Map.entry("28", "Mạ"),
            Map.entry("29", "Khơ-mú"),
            Map.entry("30", "Co"),
            Map.entry("31", "Tà-ôi"),
            Map.entry("32", "Chơ-ro"),
            Map.entry("33", "Kháng"),
            Map.entry("34", "Xinh-mun"),
            Map.entry("35", "Hà Nhì"),
            Map.entry("36", "Chu-ru"),
            Map.entry("37", "Lào"),
            Map.entry("38", "La Chí"),
            Map.entry("39", "La Ha"),
            Map.entry("40", "Phù Lá"),
            Map.entry("41", "La Hủ"),
            Map.entry("42", "Lự"),
            Map.entry("43", "Lô Lô"),
            Map.entry("44", "Chứt"),
            Map.entry("45", "Mảng"),
            Map.entry("46", "Pà Thẻn"),
            Map.entry("47", "Cơ Lao"),
            Map.entry("48", "Cống"),
            Map.entry("49", "Bố Y"),
            Map.entry("50", "Si La"),
            Map.entry("51", "Pu Péo"),
            Map.entry("52", "Brâu"),
            Map.entry("53", "Ơ Đu"),
            Map.entry("54", "Rơ-măm"));

    private EthnicGroups() {
    }

    public static String name(String code) {
        return code == null ? "Chưa rõ" : NAMES.getOrDefault(code, code);
    }
}
