package app.neodesk.api;

import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.UserMessageException;
import app.neodesk.base.ValidationException;
import app.neodesk.quote.DuplicateQuoteException;
import app.neodesk.quote.QuoteConflictException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error of the API controllers as an RFC 9457 problem ({@code application/problem+json})
 * with a detail written for the caller: never a stack trace, SQL or class name.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        var problem = problem(e.status(), e.getMessage());
        if (!e.parameter().isEmpty()) {
            problem.setProperty("parameter", e.parameter());
        }
        return respond(problem);
    }

    @ExceptionHandler(QuoteConflictException.class)
    ResponseEntity<ProblemDetail> conflict(QuoteConflictException e) {
        var problem = problem(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("stored", ApiJson.QuoteJson.of(e.getStored()));
        return respond(problem);
    }

    @ExceptionHandler(DuplicateQuoteException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateQuoteException e) {
        var problem = problem(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("existingId", e.getExistingId());
        return respond(problem);
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ProblemDetail> validation(ValidationException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, e.getMessage());
        if (!e.getField().isEmpty()) {
            problem.setProperty("field", e.getField());
        }
        return respond(problem);
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ResponseEntity<ProblemDetail> stale(ConcurrentEditException e) {
        return respond(problem(
                HttpStatus.CONFLICT,
                "The quote was changed by someone else since you read it:"
                        + " GET it again and send its current version"));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return respond(problem(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return respond(problem(
                HttpStatus.FORBIDDEN,
                "Your role may not do this: entering and correcting quotes" + " needs the analyst or admin role"));
    }

    @ExceptionHandler(UserMessageException.class)
    ResponseEntity<ProblemDetail> busy(UserMessageException e) {
        var response = respond(problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
        return ResponseEntity.status(response.getStatusCode())
                .contentType(PROBLEM)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(response.getBody());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "The parameter '" + e.getParameterName() + "' is required");
        problem.setProperty("parameter", e.getParameterName());
        return respond(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "'" + e.getName() + "' is not valid here: see /api/v1/docs");
        problem.setProperty("parameter", e.getName());
        return respond(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return respond(problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the documented shape"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json"));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return respond(
                problem(HttpStatus.NOT_ACCEPTABLE, "This endpoint answers application/json (lists also text/csv)"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return respond(problem(HttpStatus.METHOD_NOT_ALLOWED, "This endpoint does not take " + e.getMethod()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("API request failed", e);
        return respond(problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on the server; the error is"
                        + " logged. Try again, and tell an admin if it keeps happening"));
    }

    static ProblemDetail problem(HttpStatus status, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(PROBLEM).body(problem);
    }
}
