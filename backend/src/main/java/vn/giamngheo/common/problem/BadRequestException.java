package vn.giamngheo.common.problem;

/** Input the server cannot interpret (a malformed cursor, an unparsable parameter). */
public class BadRequestException extends ProblemException {

    public BadRequestException(String code, String detail) {
        super(400, code, detail);
    }
}
