package vn.giamngheo.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import vn.giamngheo.common.problem.BadRequestException;

/**
 * An opaque keyset cursor: the sort key of the last row of a page, encoded so that clients pass
 * it back unchanged ({@code after=...}) and never compute offsets.
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001F';

    private Cursor() {
    }

    public static String encode(String... keys) {
        String joined = String.join(String.valueOf(SEPARATOR), keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor made by {@link #encode} with the given number of keys, or refuses with 400. */
    public static List<String> decode(String cursor, int keyCount) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> keys = List.of(joined.split(String.valueOf(SEPARATOR), -1));
            if (keys.size() != keyCount) {
                throw new IllegalArgumentException("wrong key count");
            }
            return keys;
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("paging.invalid_cursor",
                    "The 'after' cursor is not one this API returned; start again without it");
        }
    }
}
