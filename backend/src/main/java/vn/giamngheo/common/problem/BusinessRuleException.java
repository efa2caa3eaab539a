package vn.giamngheo.common.problem;

/** Well-formed input that breaks a domain rule. */
public class BusinessRuleException extends ProblemException {

    public BusinessRuleException(String code, String detail) {
        super(422, code, detail);
    }
}
