package vn.giamngheo.common.security;

import java.util.Optional;

/**
 * What the jurisdiction check needs to know about administrative units, implemented by the area
 * feature so that {@code common} does not depend on it.
 */
public interface AreaHierarchy {

    /** The province a commune belongs to; empty for a province or an unknown code. */
    Optional<String> provinceOf(String unitCode);
}
