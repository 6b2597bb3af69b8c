package dev.stratum.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.core.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectNamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"Bad_Name", "..", "../x", "a/b", "-x", "x-", "a--b", "1abc", "UPPER", "has space", "a.b", ""})
    void rejectsNamesThatAreNotSafeArtifactIds(String name) {
        assertThatThrownBy(() -> ProjectNames.checkName(name)).isInstanceOf(UsageException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo-service", "orders", "a1-b2"})
    void acceptsArtifactIds(String name) {
        assertThatCode(() -> ProjectNames.checkName(name)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"com..example", "com.class", "com/example", "com.example.", "1com", "com.Example", "com.exa-mple", "com.record"})
    void rejectsInvalidPackages(String pkg) {
        assertThatThrownBy(() -> ProjectNames.checkPackage(pkg, "package"))
                .isInstanceOf(UsageException.class).hasMessageContaining("package");
    }

    @Test
    void derivesClassNameAndPackage() {
        assertThat(ProjectNames.className("orders-service")).isEqualTo("OrdersService");
        assertThat(new ProjectSpec("orders-service", "com.acme", null, 0, null, null, null).effectivePackage())
                .isEqualTo("com.acme.ordersservice");
    }

    @Test
    void onlySupportedJavaVersions() {
        assertThatThrownBy(() -> ProjectNames.checkJavaVersion(11)).hasMessageContaining("17, 21 or 25");
        assertThatCode(() -> ProjectNames.checkJavaVersion(25)).doesNotThrowAnyException();
    }
}
