package vn.giamngheo.common.problem;

import java.util.List;

/**
 * Base of every domain error. Services throw subclasses; the REST layer turns them into problem
 * documents. The code is stable and documented: clients translate it.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String code, String detail) {
        this(status, code, detail, null);
    }

    public ProblemException(int status, String code, String detail, List<Problem.Violation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.violations = violations;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
