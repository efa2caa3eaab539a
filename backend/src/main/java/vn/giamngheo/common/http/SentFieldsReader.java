package vn.giamngheo.common.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Notes which top-level fields the body of a {@link PartialUpdate} named, before Jackson reads it into the record
 * (where a field left out and a field sent as null look the same). Bodies are small and already limited by
 * {@link BodySizeLimit}; a body that is not a JSON object is left to Jackson's own error.
 */
@Provider
public class SentFieldsReader implements ReaderInterceptor {

    private static final JsonFactory JSON = new JsonFactory();

    @Inject
    SentFields sent;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!PartialUpdate.class.isAssignableFrom(context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        Set<String> names = new HashSet<>();
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    names.add(parser.currentName());
                    parser.nextToken();
                    parser.skipChildren();
                }
            }
        } catch (IOException malformed) {
            // Jackson answers it with its own problem
        }
        sent.set(names);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
