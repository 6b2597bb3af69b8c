package dev.stratum.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.core.UsageException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildModelTest {
    private static BuildModel.Builder builder() {
        return BuildModel.builder(new Coordinates("g", "a", "1"));
    }

    private static Config.Group group(String name, Config value) {
        return new Config.Group(Map.of(name, value));
    }

    private static Config.Repeated list(String... values) {
        return new Config.Repeated(java.util.Arrays.stream(values).<Config>map(Config.Text::new).toList());
    }

    @Test
    void aLaterPropertyReplacesTheValueButKeepsItsPlace() {
        BuildModel build = builder().property("a", "1").property("b", "2").property("a", "3").build();
        assertThat(build.properties()).containsExactly(Map.entry("a", "3"), Map.entry("b", "2"));
    }

    @Test
    void theFirstDeclarationOfADependencyBomOrRepositoryWins() {
        BuildModel build = builder()
                .dependency(Dependency.of("org.x:lib", DependencyScope.COMPILE))
                .dependency(Dependency.of("org.x:lib:2.0", DependencyScope.TEST))
                .bom(new Bom(Coordinates.parse("org.x:bom:1"), ""))
                .bom(new Bom(Coordinates.parse("org.x:bom:2"), ""))
                .repository(new Repository("r", "", "https://one", false))
                .repository(new Repository("r", "", "https://two", false))
                .build();
        assertThat(build.dependencies()).containsExactly(Dependency.of("org.x:lib", DependencyScope.COMPILE));
        assertThat(build.boms()).extracting(b -> b.coordinates().version()).containsExactly("1");
        assertThat(build.repositories()).extracting(Repository::url).containsExactly("https://one");
    }

    @Test
    void aPluginDeclaredAgainIsMergedIntoTheFirst() {
        Plugin base = new Plugin(Coordinates.parse("org.springframework.boot:spring-boot-maven-plugin"), "",
                new Config.Group(Map.of("jvmFlags", group("jvmFlag", list("-Xss1m")), "user", new Config.Text("1"))),
                List.of(new Execution("repackage", "", List.of("repackage"), null)));
        Plugin feature = new Plugin(Coordinates.parse("org.springframework.boot:spring-boot-maven-plugin:4.0.7"), "why",
                new Config.Group(Map.of("jvmFlags", group("jvmFlag", list("-Xss1m", "-XX:+UseZGC")), "user", new Config.Text("2"))),
                List.of(new Execution("build-info", "", List.of("build-info"), null),
                        new Execution("repackage", "package", List.of("repackage", "other"), null)));

        List<Plugin> plugins = builder().plugin(base).plugin(feature).build().plugins();

        assertThat(plugins).hasSize(1);
        Plugin merged = plugins.get(0);
        assertThat(merged.coordinates().version()).isEqualTo("4.0.7");
        assertThat(merged.comment()).isEqualTo("why");
        assertThat(merged.configuration().elements()).containsEntry("user", new Config.Text("2"))
                .containsEntry("jvmFlags", group("jvmFlag", list("-Xss1m", "-XX:+UseZGC")));
        assertThat(merged.executions()).containsExactly(
                new Execution("repackage", "package", List.of("repackage", "other"), null),
                new Execution("build-info", "", List.of("build-info"), null));
    }

    @Test
    void profilesWithOneIdMergeAndMustAgreeOnTheirActivation() {
        Activation linux = new Activation(false, "", new Activation.Os("", "unix", "amd64", ""), null, null);
        Profile a = new Profile("linux", linux, Map.of("p", "1"), List.of(Dependency.of("org.x:a", DependencyScope.TEST)), List.of());
        Profile b = new Profile("linux", null, Map.of("q", "2"), List.of(Dependency.of("org.x:b", DependencyScope.TEST)), List.of());

        Profile merged = builder().profile(a).profile(b).build().profiles().get(0);

        assertThat(merged.activation()).isEqualTo(linux);
        assertThat(merged.properties()).containsOnlyKeys("p", "q");
        assertThat(merged.dependencies()).extracting(Dependency::key).containsExactly("org.x:a", "org.x:b");
        Profile other = new Profile("linux", new Activation(true, "", null, null, null), Map.of(), List.of(), List.of());
        assertThatThrownBy(() -> builder().profile(a).profile(other)).isInstanceOf(UsageException.class)
                .hasMessage("profile 'linux' is declared twice with different activations");
    }

    @Test
    void coordinatesAndScopesAreCheckedWhereTheyAreParsed() {
        assertThat(Coordinates.parse("org.x:lib:${lib.version}").version()).isEqualTo("${lib.version}");
        assertThatThrownBy(() -> Coordinates.parse("org.x")).hasMessageStartingWith("invalid coordinates 'org.x'");
        assertThatThrownBy(() -> Coordinates.parse("org.x:lib:1:jar")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> DependencyScope.parse("import")).hasMessage("unknown scope 'import' (use compile, runtime, provided or test)");
        assertThatThrownBy(() -> Exclusion.parse("org.x")).hasMessageStartingWith("invalid exclusion 'org.x'");
        assertThatThrownBy(() -> new Config.Group(Map.of("1bad", new Config.Text("")))).hasMessage("'1bad' is not an XML element name");
    }
}
