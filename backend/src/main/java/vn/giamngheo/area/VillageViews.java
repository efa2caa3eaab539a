package vn.giamngheo.area;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of the village API. */
public final class VillageViews {

    private VillageViews() {
    }

    @Schema(name = "VillageView", description = "A thôn or tổ dân phố of a commune")
    public record VillageView(
            UUID id,
            @Schema(example = "20179") String communeCode,
            @Schema(example = "Thôn Hà An") String name,
            VillageKind kind,
            @Schema(description = "Row version; the ETag of this village is this number in double quotes")
            int version,
            Instant createdAt,
            Instant updatedAt) {

        static VillageView from(Village v) {
            return new VillageView(v.id, v.communeCode, v.name, v.kind, v.version, v.createdAt, v.updatedAt);
        }
    }

    @Schema(name = "VillagePage", description = "One page of villages; pass nextCursor as 'after' for the next")
    public record VillagePage(
            List<VillageView> items,
            @Schema(nullable = true, description = "Cursor of the next page; null on the last page") String nextCursor) {
    }

    @Schema(name = "VillageRequest", description = "Name and kind of a village to create or rename")
    public record VillageRequest(
            @NotBlank @Size(max = 100) @Schema(example = "Thôn Hà An", maxLength = 100) String name,
            @NotNull VillageKind kind) {
    }
}
