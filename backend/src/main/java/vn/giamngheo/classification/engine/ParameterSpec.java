package vn.giamngheo.classification.engine;

import java.util.Arrays;
import java.util.List;

/**
 * One threshold parameter an indicator takes.
 *
 * @param allowedValues for {@link Type#CODES}: the values a list may contain
 * @param codeList for {@link Type#CODES}: the name of the code list (as in the facts), e.g. WaterSource
 */
public record ParameterSpec(String name, Type type, List<String> allowedValues, String codeList, String description,
        String descriptionEn) {

    public enum Type {
        /** A whole number (ages, counts). */
        INTEGER,
        /** A decimal number (m², shares). */
        DECIMAL,
        /** true or false. */
        BOOLEAN,
        /** A list of codes from {@code allowedValues}. */
        CODES
    }

    static ParameterSpec integer(String name, String description, String descriptionEn) {
        return new ParameterSpec(name, Type.INTEGER, List.of(), null, description, descriptionEn);
    }

    static ParameterSpec decimal(String name, String description, String descriptionEn) {
        return new ParameterSpec(name, Type.DECIMAL, List.of(), null, description, descriptionEn);
    }

    static ParameterSpec bool(String name, String description, String descriptionEn) {
        return new ParameterSpec(name, Type.BOOLEAN, List.of(), null, description, descriptionEn);
    }

    static ParameterSpec codes(String name, Class<? extends Enum<?>> values, String description,
            String descriptionEn) {
        return new ParameterSpec(name, Type.CODES,
                Arrays.stream(values.getEnumConstants()).map(Enum::name).toList(), values.getSimpleName(), description,
                descriptionEn);
    }
}
