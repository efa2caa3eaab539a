package vn.giamngheo.common.problem;

/** The resource does not exist, or the caller may not know that it does. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String resource, Object id) {
        super(404, resource + ".not_found", "No " + resource.replace('_', ' ') + " with id " + id);
    }
}
