package vn.giamngheo.common.problem;

/** Well-formed input that breaks a domain rule. */
public class BusinessRuleException extends ProblemException {

    public BusinessRuleException(String code, String detail) {
        super(422, code, detail);
    }

    /** With the items the rule concerns, e.g. each household that still lacks a result. */
    public BusinessRuleException(String code, String detail, java.util.List<Problem.Violation> violations) {
        super(422, code, detail, violations);
    }
}
