package app.neodesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A view test (Vaadin's {@code SpringBrowserlessTest}) on the same cached context as
 * {@link NeodeskSpringTest}, but without its rolled-back transaction. In the app a view runs
 * outside any transaction ({@code spring.jpa.open-in-view=false}) and gets detached entities from
 * the services, so it does here too: inside a test's transaction a lazy association that a view
 * reads would load, and the test would pass while users get an error page. That is how the
 * driver views were caught reading a user's LAZY teams outside a transaction. What a view test
 * writes is committed, so it uses its own products, sources and dates.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@NeodeskSpringTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public @interface NeodeskViewTest {}
