package vn.giamngheo.area;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The shape of the official unit list file (vn_units_*.json): provinces, each with its communes. */
final class OfficialUnitList {

    private OfficialUnitList() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Province(
            @JsonProperty("Code") String code,
            @JsonProperty("Name") String name,
            @JsonProperty("NameEn") String nameEn,
            @JsonProperty("FullName") String fullName,
            @JsonProperty("FullNameEn") String fullNameEn,
            @JsonProperty("AdministrativeUnitShortName") String unitShortName,
            @JsonProperty("Wards") List<Commune> communes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Commune(
            @JsonProperty("Code") String code,
            @JsonProperty("Name") String name,
            @JsonProperty("NameEn") String nameEn,
            @JsonProperty("FullName") String fullName,
            @JsonProperty("FullNameEn") String fullNameEn,
            @JsonProperty("ProvinceCode") String provinceCode,
            @JsonProperty("AdministrativeUnitShortName") String unitShortName) {
    }

    static UnitType provinceType(String shortName) {
        return switch (shortName) {
            case "Thành phố" -> UnitType.MUNICIPALITY;
            case "Tỉnh" -> UnitType.PROVINCE;
            default -> throw new IllegalStateException("Unknown province unit type: " + shortName);
        };
    }

    static UnitType communeType(String shortName) {
        return switch (shortName) {
            case "Phường" -> UnitType.WARD;
            case "Xã" -> UnitType.COMMUNE;
            case "Đặc khu" -> UnitType.SPECIAL_ZONE;
            default -> throw new IllegalStateException("Unknown commune unit type: " + shortName);
        };
    }
}
