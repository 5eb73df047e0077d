package uk.council.evidence.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one direction between components (docs/architecture.md): each domain component may use only
 * those below it; the web and reports modules use the domain's boundaries and entities, never its
 * control classes; and nothing goes round in a circle.
 */
class ArchitectureTest {

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.council.evidence");
  }

  @Test
  void componentsFormNoCycles() {
    slices().matching("uk.council.evidence.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void eachComponentUsesOnlyThoseBelowIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage("uk.council.evidence..")
        .layer("web")
        .definedBy("uk.council.evidence.web..")
        .layer("reports")
        .definedBy("uk.council.evidence.reports..")
        .layer("accreditation")
        .definedBy("uk.council.evidence.accreditation..")
        .layer("request")
        .definedBy("uk.council.evidence.request..")
        .layer("casework")
        .definedBy("uk.council.evidence.casework..")
        .layer("retention")
        .definedBy("uk.council.evidence.retention..")
        .layer("footage")
        .definedBy("uk.council.evidence.footage..")
        .layer("device")
        .definedBy("uk.council.evidence.device..")
        .layer("access")
        .definedBy("uk.council.evidence.access..")
        .layer("staff")
        .definedBy("uk.council.evidence.staff..")
        .layer("audit")
        .definedBy("uk.council.evidence.audit..")
        .layer("platform")
        .definedBy("uk.council.evidence.platform..")
        .whereLayer("web")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("reports")
        .mayOnlyBeAccessedByLayers("web")
        .whereLayer("accreditation")
        .mayOnlyBeAccessedByLayers("web", "reports")
        .whereLayer("request")
        .mayOnlyBeAccessedByLayers("web", "reports", "accreditation")
        .whereLayer("casework")
        .mayOnlyBeAccessedByLayers("web", "reports", "accreditation", "request")
        .whereLayer("retention")
        .mayOnlyBeAccessedByLayers("web", "reports", "accreditation", "request", "casework")
        .whereLayer("footage")
        .mayOnlyBeAccessedByLayers(
            "web", "reports", "accreditation", "request", "casework", "retention")
        .whereLayer("device")
        .mayOnlyBeAccessedByLayers(
            "web", "reports", "accreditation", "request", "casework", "retention", "footage")
        .whereLayer("access")
        .mayOnlyBeAccessedByLayers(
            "web",
            "reports",
            "accreditation",
            "request",
            "casework",
            "retention",
            "footage",
            "device")
        .whereLayer("staff")
        .mayOnlyBeAccessedByLayers(
            "web",
            "reports",
            "accreditation",
            "request",
            "casework",
            "retention",
            "footage",
            "device",
            "access")
        .whereLayer("audit")
        .mayOnlyBeAccessedByLayers(
            "web",
            "reports",
            "accreditation",
            "request",
            "casework",
            "retention",
            "footage",
            "device",
            "access",
            "staff")
        .check(classes);
  }

  @Test
  void theWebAndReportsNeverUseTheDomainsControlClasses() {
    noClasses()
        .that()
        .resideInAnyPackage("uk.council.evidence.web..", "uk.council.evidence.reports..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("uk.council.evidence.*.control..")
        .check(classes);
  }
}
