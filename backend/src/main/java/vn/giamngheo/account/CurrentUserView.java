package vn.giamngheo.account;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.area.UnitLevel;

@Schema(name = "CurrentUserView", description = "The signed-in user: identity, roles and jurisdiction")
public record CurrentUserView(
        @Schema(example = "xa.namdong") String username,
        @Schema(example = "Nguyễn Văn Nam") String name,
        @Schema(nullable = true) String email,
        @Schema(description = "The product's roles the user holds", example = "[\"commune_officer\"]")
        List<String> roles,
        @Schema(description = "True when the user's jurisdiction is the whole country (administrators)")
        boolean national,
        @Schema(description = "The units of the user's jurisdiction") List<AreaRef> areas) {

    @Schema(name = "AreaRef", description = "A unit of the user's jurisdiction")
    public record AreaRef(
            @Schema(example = "20179") String code,
            @Schema(example = "Nam Đông") String name,
            @Schema(example = "Xã Nam Đông") String fullName,
            UnitLevel level,
            @Schema(nullable = true, example = "46") String provinceCode) {
    }
}
