package vn.giamngheo.common.http;

/**
 * A request body of a {@code PUT} that changes only the fields it is sent: a field left out keeps its stored value,
 * a field sent as {@code null} clears it. The names sent are in {@link SentFields} for the request.
 */
public interface PartialUpdate {

    /** The words the contract says of such a body (in each schema's description). */
    String CONTRACT = "On update, a field left out keeps its stored value and a field sent as null clears it.";
}
