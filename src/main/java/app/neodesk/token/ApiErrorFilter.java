package app.neodesk.token;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API chain's last word on errors that no controller answered: an unknown path, a method or
 * media type an endpoint does not take, a body that cannot be read, or an exception that escaped.
 * Spring reports those with {@code sendError} (or by throwing), which would send the container's
 * error page; under {@code /api/**} they become RFC 9457 problems written by {@link ApiProblems}, with
 * a detail for the caller and nothing of the exception. Not a bean, for the reason given on
 * {@link BearerTokenFilter}.
 */
final class ApiErrorFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorFilter.class);
    static final String DOCS = "/api/v1/docs";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var problems = new ProblemResponse(request, response);
        try {
            chain.doFilter(request, problems);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() || isSecurity(e)) {
                throw e; // a denial is the security chain's 401 or 403
            }
            log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
            response.resetBuffer();
            ApiProblems.write(
                    request,
                    response,
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    "Something went wrong on the"
                            + " server; the error is logged. Try again, and tell an admin if it keeps happening.");
        }
    }

    private static boolean isSecurity(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException || t instanceof AuthenticationException) {
                return true;
            }
        }
        return false;
    }

    /** What a caller reads for a status that Spring sent without a body. */
    static String detail(HttpServletRequest request, int status) {
        var method = request.getMethod();
        var path = request.getRequestURI();
        return switch (status) {
            case 400 -> "The request is malformed: see " + DOCS + " for the parameters and body of " + path + ".";
            case 404 -> "No API endpoint at " + path + ": see " + DOCS + " for the list.";
            case 405 -> path + " does not take " + method + ": see " + DOCS + " for its methods.";
            case 406 -> path + " answers application/json (lists also text/csv): ask for one of those in Accept.";
            case 413 -> "The request body is too large.";
            case 415 -> "Send the body of " + method + " " + path + " as application/json.";
            default -> {
                var known = HttpStatus.resolve(status);
                yield known == null ? "The request failed with status " + status + "." : known.getReasonPhrase() + ".";
            }
        };
    }

    /** Turns {@code sendError} into a written problem, so no error page follows. */
    private static final class ProblemResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, @Nullable String ignored) throws IOException {
            if (isCommitted()) {
                super.sendError(status);
                return;
            }
            resetBuffer();
            var known = HttpStatus.resolve(status);
            if (known == null) {
                super.sendError(status);
                return;
            }
            ApiProblems.write(request, (HttpServletResponse) getResponse(), known, detail(request, status));
        }
    }
}
