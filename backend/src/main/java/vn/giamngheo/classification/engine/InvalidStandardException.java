package vn.giamngheo.classification.engine;

import java.util.List;

/** A standard definition that cannot be used, with everything wrong with it. */
public class InvalidStandardException extends RuntimeException {

    private final List<String> problems;

    public InvalidStandardException(List<String> problems) {
        super(String.join("; ", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
