/**
 * The REST API under {@code /api/v1}: controllers and their JSON records. Every read and write goes
 * through the feature services, which own the rules and the role checks; write endpoints also
 * need the token's {@code SCOPE_write}. Errors are RFC 9457 problem details ({@link ApiProblems}).
 */
@NullMarked
package app.neodesk.api;

import org.jspecify.annotations.NullMarked;
