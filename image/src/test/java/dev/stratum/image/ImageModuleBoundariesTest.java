package dev.stratum.image;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The image module talks to jib-core's API and Stratum's core only: not to Guava or the Google HTTP client that jib
 * brings at runtime (their versions are jib's business), not to picocli and not to the other Stratum modules.
 */
class ImageModuleBoundariesTest {
    private final JavaClasses image = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.stratum.image");

    @Test
    void dependsOnlyOnTheJdkCoreAndJibCore() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "dev.stratum.image..", "dev.stratum.core..", "com.google.cloud.tools.jib..",
                        "java..", "javax..", "org.w3c.dom..", "org.xml.sax..")
                .because("jib's transitive libraries and the CLI stay out of the image service")
                .check(image);
    }
}
