package app.neodesk.driver;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Raw access to annotations. Only {@link DriverService} uses it, and always adds the visibility
 * predicate of the signed-in user to what it reads.
 */
interface DriverRepository extends JpaRepository<DriverAnnotation, Long>, JpaSpecificationExecutor<DriverAnnotation> {}
