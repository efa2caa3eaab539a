package vn.giamngheo.common.security;

import vn.giamngheo.common.problem.ProblemException;

/** The caller's role allows the action, but not in this area. */
public class OutOfJurisdictionException extends ProblemException {

    public OutOfJurisdictionException(String areaCode) {
        super(403, "security.out_of_jurisdiction", "Area " + areaCode + " is outside your jurisdiction");
    }
}
