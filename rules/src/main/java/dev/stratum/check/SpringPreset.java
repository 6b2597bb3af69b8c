package dev.stratum.check;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.List;
import java.util.Set;

/**
 * Preset {@code spring}. Annotations are matched by name, so the checked project's Spring jars are not needed:
 * Stratum imports only the project's own classes.
 */
final class SpringPreset {
    static final RuleMeta FIELD_INJECTION = new RuleMeta("no-field-injection", "spring", Severity.HIGH,
            "No field injection",
            "Injected fields hide dependencies, allow half-built objects and need a container (or reflection) in tests.",
            "Use constructor injection: final fields set by the (single) constructor.",
            "@Autowired private OrderRepository orders;", "OrderService(OrderRepository orders) { this.orders = orders; }");
    static final RuleMeta CONTROLLER_REPOSITORY = new RuleMeta("spring-controller-repository", "spring", Severity.HIGH,
            "Controllers do not use repositories",
            "Controllers that talk to repositories skip the service layer, its transactions and its business rules.",
            "Call a @Service from the controller and let the service use the repository.",
            "OrderController -> OrderRepository", "OrderController -> OrderService -> OrderRepository");
    static final RuleMeta TRANSACTIONAL_WEB = new RuleMeta("spring-transactional-in-web", "spring", Severity.HIGH,
            "No @Transactional in the web layer",
            "Transactions opened by controllers span serialisation and slow clients, and hide where the unit of work is.",
            "Move @Transactional to the service method that does the work.",
            "@Transactional on a @RestController method", "@Transactional on the @Service method");
    static final RuleMeta ENTITY_IN_CONTROLLER = new RuleMeta("spring-entity-in-controller", "spring", Severity.HIGH,
            "Controllers do not return JPA entities",
            "Returning entities couples the API to the database schema, leaks fields and triggers lazy loading during serialisation.",
            "Return a DTO (a record) mapped from the entity.",
            "Order getOrder(..) where Order is an @Entity", "OrderView getOrder(..)");
    static final RuleMeta TEST_FIELD_INJECTION = new RuleMeta("spring-test-field-injection", "spring", Severity.MEDIUM,
            "No @Autowired fields in tests",
            "Tests with injected fields hide what they need; constructor or parameter injection keeps them explicit.",
            "Use constructor injection in tests (JUnit 5 + @SpringBootTest support it) or method parameters.",
            "@Autowired MockMvc mvc;", "OrderControllerTest(@Autowired MockMvc mvc)");

    static final Set<String> CONTROLLERS = Set.of("org.springframework.stereotype.Controller",
            "org.springframework.web.bind.annotation.RestController");
    static final Set<String> REPOSITORIES = Set.of("org.springframework.data.repository.Repository",
            "org.springframework.data.repository.CrudRepository", "org.springframework.data.repository.ListCrudRepository",
            "org.springframework.data.repository.PagingAndSortingRepository",
            "org.springframework.data.repository.ListPagingAndSortingRepository",
            "org.springframework.data.jpa.repository.JpaRepository",
            "org.springframework.data.repository.reactive.ReactiveCrudRepository");
    private static final Set<String> TRANSACTIONAL = Set.of("org.springframework.transaction.annotation.Transactional",
            "jakarta.transaction.Transactional", "javax.transaction.Transactional");
    private static final Set<String> ENTITIES = Set.of("jakarta.persistence.Entity", "javax.persistence.Entity");

    private SpringPreset() {
    }

    static List<CheckRule> rules() {
        return List.of(
                CheckRule.of(FIELD_INJECTION, GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION),
                CheckRule.of(CONTROLLER_REPOSITORY, noClasses().that(controllers()).should().dependOnClassesThat(repositories())),
                CheckRule.of(TRANSACTIONAL_WEB, classes().that(controllers()).should(notBeTransactional())),
                CheckRule.of(ENTITY_IN_CONTROLLER, classes().that(controllers()).should(notReturnEntities())),
                CheckRule.of(TEST_FIELD_INJECTION, CheckRule.Scope.TEST, GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION));
    }

    static DescribedPredicate<JavaClass> controllers() {
        return DescribedPredicate.describe("are Spring controllers", c -> annotatedWithAny(c, CONTROLLERS));
    }

    static DescribedPredicate<JavaClass> repositories() {
        return DescribedPredicate.describe("are Spring repositories",
                c -> c.isAnnotatedWith("org.springframework.stereotype.Repository")
                        || c.getAllRawInterfaces().stream().anyMatch(i -> REPOSITORIES.contains(i.getName()))
                        || REPOSITORIES.contains(c.getName()));
    }

    private static boolean annotatedWithAny(CanBeAnnotated element, Set<String> names) {
        return names.stream().anyMatch(element::isAnnotatedWith);
    }

    private static ArchCondition<JavaClass> notBeTransactional() {
        return new ArchCondition<>("not be annotated with @Transactional") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                if (annotatedWithAny(c, TRANSACTIONAL)) {
                    events.add(SimpleConditionEvent.violated(c, "Class <" + c.getName() + "> is annotated with @Transactional in ("
                            + c.getSourceCodeLocation().getSourceFileName() + ":0)"));
                }
                for (JavaMethod m : c.getMethods()) {
                    if (annotatedWithAny(m, TRANSACTIONAL)) {
                        events.add(SimpleConditionEvent.violated(m, "Method <" + m.getFullName()
                                + "> is annotated with @Transactional in " + m.getSourceCodeLocation()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notReturnEntities() {
        return new ArchCondition<>("not return JPA entities") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaMethod m : c.getMethods()) {
                    m.getReturnType().getAllInvolvedRawTypes().stream()
                            .filter(t -> annotatedWithAny(t, ENTITIES))
                            .findFirst()
                            .ifPresent(entity -> events.add(SimpleConditionEvent.violated(m, "Method <" + m.getFullName()
                                    + "> returns JPA entity <" + entity.getName() + "> in " + m.getSourceCodeLocation())));
                }
            }
        };
    }
}
