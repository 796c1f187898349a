package app.neodesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The layering rules of docs/ARCHITECTURE.md, enforced. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.neodesk");

    /** Infrastructure services that are not reachable from the UI with user input. */
    private static final Set<String> INTERNAL_SERVICES =
            Set.of("app.neodesk.security.LoginAttemptService", "app.neodesk.security.NeodeskUserDetailsService");

    @Test
    void viewsNeverUseRepositories() {
        noClasses()
                .that()
                .resideInAPackage("app.neodesk..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .because("views go through services, which own rules and security")
                .check(CLASSES);
    }

    @Test
    void domainAndServicesDoNotDependOnTheUi() {
        noClasses()
                .that()
                .resideOutsideOfPackage("app.neodesk..ui..")
                .and()
                .doNotHaveFullyQualifiedName("app.neodesk.security.SecurityConfig")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("app.neodesk..ui..")
                .check(CLASSES);
    }

    @Test
    void featuresHaveNoImportCycles() {
        slices().matching("app.neodesk.(*)..")
                .should()
                .beFreeOfCycles()
                .because("each feature package (with its ui) depends on others in one direction only")
                .check(CLASSES);
    }

    @Test
    void entitiesDoNotDependOnVaadin() {
        noClasses()
                .that()
                .areAnnotatedWith(Entity.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void servicesAreNotInUiPackages() {
        classes()
                .that()
                .areAnnotatedWith(Service.class)
                .should()
                .resideOutsideOfPackage("app.neodesk..ui..")
                .check(CLASSES);
    }

    @Test
    void everyPublicServiceMethodChecksTheCallersRole() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .resideInAPackage("app.neodesk..")
                .should(new ArchCondition<>("be secured with @PreAuthorize (on the method or its class)") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        var owner = method.getOwner();
                        if (INTERNAL_SERVICES.contains(owner.getName())
                                || method.getModifiers().contains(JavaModifier.SYNTHETIC)
                                || isAuditRecording(method)) {
                            return;
                        }
                        boolean secured =
                                method.isAnnotatedWith(PreAuthorize.class) || owner.isAnnotatedWith(PreAuthorize.class);
                        if (!secured) {
                            events.add(SimpleConditionEvent.violated(
                                    method, method.getFullName() + " has no @PreAuthorize"));
                        }
                    }
                })
                .check(CLASSES);
    }

    /** AuditService.record only runs inside another secured service's transaction (Propagation.MANDATORY). */
    private static boolean isAuditRecording(JavaMethod method) {
        return method.getOwner().getName().equals("app.neodesk.audit.AuditService")
                && method.getName().startsWith("record");
    }
}
