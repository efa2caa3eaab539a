package vn.giamngheo.common.problem;

/** The request conflicts with the current state (a duplicate, a referenced row). */
public class ConflictException extends ProblemException {

    public ConflictException(String code, String detail) {
        super(409, code, detail);
    }
}
