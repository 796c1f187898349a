package app.neodesk.api;

import java.util.Objects;
import org.springframework.http.HttpStatus;

/** A refusal of an API request with its status and a detail written for the caller. */
class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String parameter;

    ApiException(HttpStatus status, String parameter, String detail) {
        super(detail);
        this.status = status;
        this.parameter = parameter;
    }

    static ApiException badParameter(String parameter, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, parameter, detail);
    }

    HttpStatus status() {
        return status;
    }

    /** The query parameter or body field at fault, or "". */
    String parameter() {
        return parameter;
    }

    /** Never null: every constructor sets a message written for the user. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
