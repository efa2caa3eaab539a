package vn.giamngheo.area;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the area API returns. */
public final class AreaViews {

    private AreaViews() {
    }

    @Schema(name = "ProvinceView", description = "A province-level unit (tỉnh / thành phố)")
    public record ProvinceView(
            @Schema(example = "46") String code,
            @Schema(example = "Huế") String name,
            @Schema(example = "Thành phố Huế") String fullName,
            @Schema(example = "Hue", nullable = true) String nameEn,
            UnitType unitType,
            @Schema(description = "Communes, wards and special zones currently in the province", example = "40")
            int communeCount) {
    }

    @Schema(name = "CommuneView", description = "A commune-level unit (xã / phường / đặc khu)")
    public record CommuneView(
            @Schema(example = "20179") String code,
            @Schema(example = "Nam Đông") String name,
            @Schema(example = "Xã Nam Đông") String fullName,
            @Schema(example = "Nam Dong", nullable = true) String nameEn,
            UnitType unitType,
            @Schema(description = "Which income line applies to its households") AreaType areaType,
            @Schema(example = "46") String provinceCode,
            LocalDate validFrom,
            @Schema(nullable = true) LocalDate validTo,
            @Schema(nullable = true, description = "The unit it became part of, for an abolished unit") String successorCode) {

        static CommuneView from(AdminUnit u) {
            return new CommuneView(u.code, u.name, u.fullName, u.nameEn, u.unitType, u.areaType, u.provinceCode,
                    u.validFrom, u.validTo, u.successorCode);
        }
    }

    @Schema(name = "CommunePage", description = "One page of communes; pass nextCursor as 'after' for the next")
    public record CommunePage(
            List<CommuneView> items,
            @Schema(nullable = true, description = "Cursor of the next page; null on the last page") String nextCursor) {
    }

    @Schema(name = "AreaView", description = "Any administrative unit, province or commune")
    public record AreaView(
            @Schema(example = "20179") String code,
            @Schema(example = "Nam Đông") String name,
            @Schema(example = "Xã Nam Đông") String fullName,
            @Schema(nullable = true) String nameEn,
            UnitLevel level,
            UnitType unitType,
            @Schema(nullable = true, example = "46") String provinceCode,
            @Schema(nullable = true, example = "Huế") String provinceName,
            @Schema(nullable = true, description = "Set for communes only") AreaType areaType,
            LocalDate validFrom,
            @Schema(nullable = true) LocalDate validTo,
            @Schema(nullable = true) String successorCode) {

        static AreaView from(AdminUnit u, AdminUnit province) {
            return new AreaView(u.code, u.name, u.fullName, u.nameEn, u.level, u.unitType, u.provinceCode,
                    province == null ? null : province.name, u.areaType, u.validFrom, u.validTo, u.successorCode);
        }
    }

    @Schema(name = "AreaTypeRequest", description = "The area type to apply to a special zone")
    public record AreaTypeRequest(@jakarta.validation.constraints.NotNull AreaType areaType) {
    }
}
