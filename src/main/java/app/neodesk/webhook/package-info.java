/**
 * Webhooks: admin-registered HTTPS endpoints that receive every committed quote write as signed
 * JSON, delivered after commit, asynchronously, with retries (see docs/WEBHOOKS.md).
 */
@NullMarked
package app.neodesk.webhook;

import org.jspecify.annotations.NullMarked;
