package bench;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** (c) of bench/check.sh: the same rules as an ArchUnit JUnit 5 test, run by `mvn -q test`. */
class ArchUnitBenchTest {
    @Test
    void layers_and_cycles() throws Exception {
        List<Location> locations = new ArrayList<>();
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("bench.jars")))) {
            for (Path j : jars.sorted().toList()) {
                locations.add(Location.of(new java.util.jar.JarFile(j.toFile())));
            }
        }
        JavaClasses classes = new ClassFileImporter().importLocations(locations);
        ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("web").definedBy("org.springframework.web..")
                .layer("context").definedBy("org.springframework.context..")
                .layer("core").definedBy("org.springframework.core..")
                .layer("hibernate").definedBy("org.hibernate..")
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("context").mayOnlyBeAccessedByLayers("web")
                .whereLayer("hibernate").mayNotBeAccessedByAnyLayer();
        ArchRule cycles = slices().matching("org.springframework.(*)..").should().beFreeOfCycles();
        layers.check(classes);
        cycles.check(classes);
    }
}
