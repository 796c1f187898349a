/**
 * Personal access tokens for the REST API and the stateless security chain for {@code /api/**}.
 */
@NullMarked
package app.neodesk.token;

import org.jspecify.annotations.NullMarked;
