package vn.giamngheo.classification.engine;

/**
 * Input the classifier cannot classify (no income and no score A, an indicator the standard does
 * not have, …). The code is stable; the REST layer returns it in a 422 problem.
 */
public class ClassificationException extends RuntimeException {

    private final String code;

    public ClassificationException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
