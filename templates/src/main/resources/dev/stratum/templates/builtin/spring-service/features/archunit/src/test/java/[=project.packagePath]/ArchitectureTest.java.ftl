package [=project.package];

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers of this service<#if features.web> (web -> service -> persistence, and service -> client for outbound HTTP)</#if>, enforced on every build.
 * stratum.yaml states the same rules for {@code stratum check}; keep the two in step.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("[=project.package]");

    @Test
    void layersAreRespected() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
<#if features.web>
                .layer("web").definedBy("[=project.package].web..")
</#if>
                .layer("service").definedBy("[=project.package].service..")
                .layer("persistence").definedBy("[=project.package].persistence..")
<#if features.web>
                .layer("client").definedBy("[=project.package].client..")
</#if>
<#if features.web>
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("web")
<#else>
                .whereLayer("service").mayNotBeAccessedByAnyLayer()
</#if>
                .whereLayer("persistence").mayOnlyBeAccessedByLayers("service")
<#if features.web>
                .whereLayer("client").mayOnlyBeAccessedByLayers("service")
</#if>
                .check(CLASSES);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("[=project.package].(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
