package dev.stratum.audit.caching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.AuditedTree;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoCacheAbstractionCheckTest {
    @TempDir
    Path root;

    /** A web service whose controller calls {@code service} on an OrderService that uses the Orders repository. */
    private AuditedTree shop(String controllerCall, String serviceBody) {
        return new AuditedTree(root).pom("3.5.0", "spring-boot-starter-web", "spring-boot-starter-data-jpa")
                .write("src/main/java/app/Order.java", "package app; @jakarta.persistence.Entity class Order { @jakarta.persistence.Id Long id; String name; }")
                .write("src/main/java/app/Orders.java", """
                        package app;
                        interface Orders extends org.springframework.data.jpa.repository.JpaRepository<Order, Long> {
                            java.util.List<Order> findByName(String name);
                        }
                        """)
                .write("src/main/java/app/OrderService.java", """
                        package app;
                        @org.springframework.stereotype.Service
                        class OrderService {
                            private final Orders orders;
                            OrderService(Orders orders) { this.orders = orders; }
                        %s
                        }
                        """.formatted(serviceBody))
                .write("src/main/java/app/OrderController.java", """
                        package app;
                        @org.springframework.web.bind.annotation.RestController
                        class OrderController {
                            private final OrderService service;
                            OrderController(OrderService service) { this.service = service; }
                            @org.springframework.web.bind.annotation.GetMapping("/orders")
                            Object handle(String name) { return %s; }
                        }
                        """.formatted(controllerCall));
    }

    @Test
    void aControllerThatReachesARepositoryReadThroughAServiceIsNamed() {
        assertThat(shop("service.named(name)", "    java.util.List<Order> named(String n) { return orders.findByName(n); }")
                .findings("CA008")).containsExactly("pom.xml:3 OrderController.handle() reads through "
                + "Orders.findByName() (via OrderService.named()) and nothing in the project is cached");
    }

    @Test
    void controllersThatOnlyWriteReadNothingWorthCaching() {
        assertThat(shop("service.add(name)", "    Order add(String n) { Order o = new Order(); return orders.save(o); }")
                .findings("CA008")).isEmpty();
    }

    @Test
    void theProjectsOwnClassNamedCacheIsNoCacheLibrary() {
        AuditedTree own = shop("service.named(name)", "    java.util.List<Order> named(String n) { return orders.findByName(n); }")
                .write("src/main/java/app/Cache.java", "package app; class Cache { java.util.Map<String, Object> entries; }")
                .write("src/main/java/app/Holder.java", "package app; class Holder { Cache cache; }");
        assertThat(own.findings("CA008")).hasSize(1);
    }

    @Test
    void aCacheLibraryTypeInTheSourcesIsCaching() {
        AuditedTree spring = shop("service.named(name)", "    java.util.List<Order> named(String n) { return orders.findByName(n); }")
                .write("src/main/java/app/Holder.java", "package app; import org.springframework.cache.Cache; class Holder { Cache cache; }");
        assertThat(spring.findings("CA008")).isEmpty();
    }
}
