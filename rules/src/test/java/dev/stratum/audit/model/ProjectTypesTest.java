package dev.stratum.audit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.FileAnalysis;
import dev.stratum.audit.JavaFileAnalyzer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The typed model joined from per-file facts: kinds, supertypes through the project's own types, calls. */
class ProjectTypesTest {
    static ProjectTypes model(String... fileAndSource) {
        Map<String, FileFacts> facts = new TreeMap<>();
        JavaFileAnalyzer analyzer = new JavaFileAnalyzer(List.of());
        for (int i = 0; i < fileAndSource.length; i += 2) {
            var outcome = analyzer.analyze(fileAndSource[i], fileAndSource[i + 1].getBytes(StandardCharsets.UTF_8));
            FileAnalysis a = ((JavaFileAnalyzer.Analyzed) outcome).analysis();
            facts.put(a.file(), a.facts());
        }
        return ProjectTypes.of(facts);
    }

    static final String[] SHOP = {
        "BaseRepository.java", "package shop; interface BaseRepository<T, I> extends JpaRepository<T, I> { }",
        "CustomerRepository.java", "package shop; interface CustomerRepository extends BaseRepository<Customer, Long> {"
                + " Optional<Customer> findOneByEmail(String email); }",
        "Customer.java", "package shop; @Entity @Table(name = \"customers\") class Customer { @Id Long id;"
                + " @Column(name = \"mail\") String email; Status status; Long getId() { return id; } }",
        "Status.java", "package shop; enum Status { ACTIVE }",
        "CustomerService.java", "package shop; interface CustomerService { List<Customer> all(); }",
        "CustomerServiceImpl.java", "package shop; @Service class CustomerServiceImpl implements CustomerService {"
                + " private final CustomerRepository repo; CustomerServiceImpl(CustomerRepository repo) { this.repo = repo; }"
                + " public List<Customer> all() { return repo.findAll(); }"
                + " Long firstId() { return repo.findOneByEmail(\"a\").orElseThrow().getId(); } }",
        "CustomerController.java", "package shop; @RestController class CustomerController {"
                + " private final CustomerService service; CustomerController(CustomerService s) { service = s; }"
                + " @GetMapping List<Customer> list() { return service.all(); } }",
    };
    static final ProjectTypes TYPES = model(SHOP);

    @Test
    void aRepositoryExtendingTheProjectsOwnBaseInterfaceIsARepositoryOfItsEntity() {
        ProjectTypes types = TYPES;
        assertThat(types.isRepository("CustomerRepository")).isTrue();
        assertThat(types.isRepository("BaseRepository")).isTrue();
        assertThat(types.repositoryEntity("CustomerRepository")).hasValue("Customer");
        assertThat(types.type("CustomerRepository").orElseThrow().allSupertypes()).contains("BaseRepository", "JpaRepository");
        assertThat(types.entity("Customer")).hasValueSatisfying(e -> {
            assertThat(e.table()).isEqualTo("customers");
            assertThat(e.columns()).containsEntry("email", "mail");
            assertThat(e.ids()).containsExactly("id");
        });
    }

    @Test
    void kindsComeFromAnnotationsAndSupertypes() {
        ProjectTypes types = TYPES;
        assertThat(types.type("CustomerController").orElseThrow().kind()).isEqualTo(TypeKind.CONTROLLER);
        assertThat(types.type("CustomerServiceImpl").orElseThrow().kind()).isEqualTo(TypeKind.SERVICE);
        assertThat(types.type("Customer").orElseThrow().kind()).isEqualTo(TypeKind.ENTITY);
        assertThat(types.isEnum("Status")).isTrue();
        assertThat(types.injectedIntoController("CustomerService")).isTrue();
    }

    @Test
    void callsKnowTheirReceiversDeclaredTypeAcrossFilesAndChains() {
        ProjectTypes types = TYPES;
        MethodInfo firstId = types.type("CustomerServiceImpl").orElseThrow().method("firstId", 0).orElseThrow();
        CallSite getId = firstId.calls().stream().filter(c -> c.method().equals("getId")).findFirst().orElseThrow();
        CallSite finder = firstId.calls().stream().filter(c -> c.method().equals("findOneByEmail")).findFirst().orElseThrow();
        assertThat(finder.receiver()).isEqualTo(Receiver.FIELD);
        assertThat(types.receiverType(firstId, finder)).hasValue("CustomerRepository");
        // orElseThrow is not a project method: the chain's type is unknown past it, never guessed
        assertThat(types.receiverType(firstId, getId)).isEmpty();
        assertThat(types.memberType("Customer", "getId")).hasValue(TypeRef.of("Long"));
        assertThat(types.memberType("Customer", "status")).hasValue(TypeRef.of("Status"));
    }

    @Test
    void theCallGraphFollowsAControllerThroughAServiceInterfaceToItsImplementation() {
        ProjectTypes types = TYPES;
        var reached = new CallGraph(types).reachableFrom(t -> t.is(TypeKind.CONTROLLER));
        assertThat(reached.values()).extracting(r -> r.type().name() + "." + r.method().name())
                .contains("CustomerController.list", "CustomerService.all", "CustomerServiceImpl.all")
                .doesNotContain("CustomerServiceImpl.firstId");
    }
}
