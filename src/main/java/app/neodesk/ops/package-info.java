/**
 * Operations: what an operator watches on a node (open UIs as a Prometheus gauge, the request log). The health probes
 * and /actuator/prometheus themselves are Spring Boot Actuator's, secured by the API chain.
 */
@NullMarked
package app.neodesk.ops;

import org.jspecify.annotations.NullMarked;
