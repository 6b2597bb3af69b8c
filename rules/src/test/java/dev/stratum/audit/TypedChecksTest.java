package dev.stratum.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.database.FinderGrammar;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that need the typed project model: operand types, repositories through own interfaces, call chains. */
class TypedChecksTest {
    @TempDir
    Path root;

    @Test
    void concatenatingNumbersBooleansAndEnumsIntoAQueryIsNotInjection() {
        AuditedTree tree = new AuditedTree(root);
        tree.write("src/main/java/app/Status.java", "package app; enum Status { OPEN, CLOSED }");
        tree.write("src/main/java/app/Order.java", "package app; class Order { Long id; Status status; Long getId() { return id; } }");
        tree.write("src/main/java/app/Orders.java", """
                package app;
                class Orders {
                    javax.persistence.EntityManager em;
                    void byId(Integer id) { em.createQuery("select o from Order o where o.id = " + id); }
                    void byStatus(Status s) { em.createQuery("select o from Order o where o.status = '" + s + "'"); }
                    void byOrder(Order o) { em.createQuery("select x from Item x where x.order = " + o.getId()); }
                    void byStatusOf(Order o) { em.createQuery("select x from Item x where x.status = '" + o.status + "'"); }
                    void byName(String name) { em.createQuery("select o from Order o where o.name = '" + name + "'"); }
                    void byCode(Code c) { em.createQuery("select o from Order o where o.code = " + c); }
                }
                """);
        assertThat(tree.findings("DB009")).extracting(f -> f.substring(0, f.indexOf(' '))).containsExactly(
                "src/main/java/app/Orders.java:8", "src/main/java/app/Orders.java:9");
    }

    @Test
    void aRepositoryThroughTheProjectsOwnBaseInterfaceIsCalledInALoopButOptionalMapIsNoLoop() {
        AuditedTree tree = new AuditedTree(root);
        tree.write("src/main/java/app/Base.java", "package app; interface Base<T> extends org.springframework.data.jpa.repository.JpaRepository<T, Long> { }");
        tree.write("src/main/java/app/Customers.java", "package app; interface Customers extends Base<Customer> { }");
        tree.write("src/main/java/app/Report.java", """
                package app;
                class Report {
                    Customers customers;
                    void run(java.util.List<Long> ids) {
                        for (Long id : ids) { customers.findById(id); }
                        customers.findById(1L).map(c -> customers.count());
                        ids.stream().map(id -> customers.findById(id)).toList();
                    }
                }
                """);
        assertThat(tree.findings("DB004")).extracting(f -> f.substring(0, f.indexOf(' '))).containsExactly(
                "src/main/java/app/Report.java:5", "src/main/java/app/Report.java:7");
    }

    @Test
    void findAllIsFollowedFromTheControllerThroughAServiceInterfaceToTheRepository() {
        AuditedTree tree = new AuditedTree(root);
        tree.write("src/main/java/app/Customers.java", "package app; interface Customers extends org.springframework.data.repository.CrudRepository<Customer, Long> { }");
        tree.write("src/main/java/app/CustomerService.java", "package app; interface CustomerService { java.util.List<Customer> all(); }");
        tree.write("src/main/java/app/Lister.java", """
                package app;
                class Lister {
                    private final Customers customers;
                    Lister(Customers c) { customers = c; }
                    java.util.List<Customer> everything() { return customers.findAll(); }
                }
                """);
        tree.write("src/main/java/app/DefaultCustomerService.java", """
                package app;
                @org.springframework.stereotype.Service
                class DefaultCustomerService implements CustomerService {
                    private final Lister lister = new Lister(null);
                    public java.util.List<Customer> all() { return lister.everything(); }
                }
                """);
        tree.write("src/main/java/app/Unused.java", """
                package app;
                class Unused {
                    Customers customers;
                    Object all() { return customers.findAll(); }
                }
                """);
        tree.write("src/main/java/app/CustomerController.java", """
                package app;
                @org.springframework.web.bind.annotation.RestController
                class CustomerController {
                    private final CustomerService service;
                    CustomerController(CustomerService service) { this.service = service; }
                    @org.springframework.web.bind.annotation.GetMapping("/customers")
                    Object list() { return service.all(); }
                }
                """);
        assertThat(tree.findings("DB003")).containsExactly("src/main/java/app/Lister.java:5 Customers.findAll() loads every "
                + "row with no paging, reached from CustomerController.list()");
    }

    @Test
    void derivedQueriesFollowSpringDatasGrammar() {
        assertThat(List.of("findByEmail", "findOneByEmail", "findFirstByEmail", "findTop10ByEmailOrderByNameAsc",
                "findDistinctByEmail", "readByEmail", "getByEmail", "queryByEmail", "searchByEmail", "streamByEmail",
                "countByEmail", "existsByEmail", "deleteByEmail", "removeByEmail", "findCustomersByEmailIgnoreCase",
                "findAllByEmailAndName")).allSatisfy(m -> assertThat(FinderGrammar.leadingProperty(m)).as(m).hasValue("email"));
        assertThat(List.of("findAll", "findByNameContaining", "byEmail", "findbyEmail", "saveByEmail",
                "findFirstByOrderByNameAsc", "findBy")).allSatisfy(m -> assertThat(FinderGrammar.leadingProperty(m)).as(m).isEmpty());
        assertThat(FinderGrammar.criteria("findByBroadcastAndDraftFalseOrSlugInOrderByIdDesc")).containsExactly(
                List.of(new FinderGrammar.Criterion("broadcast", true), new FinderGrammar.Criterion("draft", false)),
                List.of(new FinderGrammar.Criterion("slug", true)));
    }
}
