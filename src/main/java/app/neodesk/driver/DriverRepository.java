package app.neodesk.driver;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Raw access to annotations. Only {@link DriverService} uses it, and only to write: its reads are
 * queries built by {@link DriverQuery}, which always start from the signed-in user's visibility rule.
 */
interface DriverRepository extends JpaRepository<DriverAnnotation, Long> {}
