package vn.giamngheo.common.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads the product's enums from query and path parameters, refusing an unknown value with a 400
 * that lists the allowed ones (JAX-RS would otherwise answer 404 and name a Java class).
 */
@Provider
public class EnumParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum() || !rawType.getName().startsWith("vn.giamngheo.")) {
            return null;
        }
        return (ParamConverter<T>) new EnumConverter(rawType);
    }

    private static final class EnumConverter<E extends Enum<E>> implements ParamConverter<E> {

        private final Class<E> type;

        EnumConverter(Class<E> type) {
            this.type = type;
        }

        @Override
        public E fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                        .collect(Collectors.joining(", "));
                throw new WebApplicationException("'" + value + "' is not allowed here; use one of " + allowed, 400);
            }
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.name();
        }
    }
}
