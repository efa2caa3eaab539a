package vn.giamngheo.classification.engine;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;

/** Typed reading of an indicator's parameter map; a missing or mistyped value is refused. */
final class Parameters {

    private final String indicator;
    private final Map<String, Object> values;

    Parameters(String indicator, Map<String, Object> values) {
        this.indicator = indicator;
        this.values = values == null ? Map.of() : values;
    }

    int integer(String name) {
        Object value = require(name);
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        throw invalid(name, "a whole number");
    }

    double decimal(String name) {
        Object value = require(name);
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw invalid(name, "a number");
    }

    boolean bool(String name) {
        Object value = require(name);
        if (value instanceof Boolean b) {
            return b;
        }
        throw invalid(name, "true or false");
    }

    <E extends Enum<E>> EnumSet<E> codes(String name, Class<E> type) {
        Object value = require(name);
        if (!(value instanceof Collection<?> list)) {
            throw invalid(name, "a list of codes");
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        for (Object item : list) {
            try {
                set.add(Enum.valueOf(type, String.valueOf(item)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        indicator + "." + name + ": '" + item + "' is not one of " + EnumSet.allOf(type));
            }
        }
        return set;
    }

    private Object require(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException(indicator + "." + name + " is missing");
        }
        return value;
    }

    private IllegalArgumentException invalid(String name, String expected) {
        return new IllegalArgumentException(indicator + "." + name + " must be " + expected);
    }
}
