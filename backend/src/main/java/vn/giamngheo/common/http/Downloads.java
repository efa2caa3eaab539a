package vn.giamngheo.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.giamngheo.common.text.VietnameseText;

/** Files answered as downloads: documents, reports and lists. */
public final class Downloads {

    private Downloads() {
    }

    /** A file download with a filename every browser keeps, diacritics included. */
    public static Response download(byte[] bytes, String mediaType, String filename) {
        return attachment(bytes, mediaType, filename).header(HttpHeaders.CONTENT_LENGTH, bytes.length).build();
    }

    /** The same for a file written as it is read (no length known beforehand). */
    public static Response download(StreamingOutput stream, String mediaType, String filename) {
        return attachment(stream, mediaType, filename).build();
    }

    private static Response.ResponseBuilder attachment(Object entity, String mediaType, String filename) {
        String ascii = VietnameseText.fold(filename).replaceAll("[^A-Za-z0-9._-]+", "-");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(entity, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "private, no-store");
    }
}
