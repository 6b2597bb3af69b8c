import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** (b) of bench/check.sh: the same rules as bench/check/stratum.yaml, calling ArchUnit directly. Args: jar files. */
public class MinimalArchUnit {
    public static void main(String[] args) throws java.io.IOException {
        List<Location> locations = new ArrayList<>();
        for (String jar : args) {
            locations.add(Location.of(new java.util.jar.JarFile(jar)));
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
        int violations = 0;
        for (ArchRule rule : List.of(layers, cycles)) {
            violations += rule.evaluate(classes).getFailureReport().getDetails().size();
        }
        System.out.println(classes.size() + " classes, " + violations + " violations");
    }
}
