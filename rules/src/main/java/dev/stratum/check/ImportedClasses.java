package dev.stratum.check;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.stratum.finding.ProcessingWarning;
import java.util.List;

/**
 * The classes of one run, imported once and shared by every rule, plus what could not be read.
 *
 * @param main  production classes (all rules)
 * @param tests test classes (only test-scoped rules); empty unless {@code check.tests: true}
 */
public record ImportedClasses(JavaClasses main, JavaClasses tests, List<ProcessingWarning> warnings,
                              SourceLocator sources) {
    public ImportedClasses {
        warnings = List.copyOf(warnings);
    }

    public int size() {
        return main.size() + tests.size();
    }

    public boolean contains(JavaClass c) {
        return main.contain(c.getName()) || tests.contain(c.getName());
    }
}
