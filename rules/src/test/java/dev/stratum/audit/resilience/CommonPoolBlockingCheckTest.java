package dev.stratum.audit.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.audit.AuditedTree;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RE012 beyond audit-leaky-clients: blocking found through a repository, an interface's implementation, a method reference. */
class CommonPoolBlockingCheckTest {
    @TempDir
    Path root;

    @Test
    void blockingIsFoundThroughTheProjectsTypes() {
        AuditedTree tree = new AuditedTree(root);
        tree.write("src/main/java/app/Orders.java", "package app; interface Orders extends org.springframework.data.jpa.repository.JpaRepository<Order, Long> { }");
        tree.write("src/main/java/app/Order.java", "package app; @jakarta.persistence.Entity class Order { @jakarta.persistence.Id Long id; }");
        tree.write("src/main/java/app/Archive.java", "package app; interface Archive { void store(long id); }");
        tree.write("src/main/java/app/JpaArchive.java", "package app; @org.springframework.stereotype.Service class JpaArchive implements Archive {"
                + " private final Orders orders; JpaArchive(Orders o) { orders = o; } public void store(long id) { orders.deleteById(id); } }");
        tree.write("src/main/java/app/Pricer.java", "package app; @org.springframework.stereotype.Service class Pricer { long price(long id) { return id * 2; } }");
        tree.write("src/main/java/app/Batch.java", """
                package app;
                import java.util.List;
                import java.util.concurrent.CompletableFuture;
                class Batch {
                    private Orders orders;
                    private Archive archive;
                    private Pricer pricer;
                    void a(List<Long> ids) { ids.forEach(id -> CompletableFuture.runAsync(() -> orders.deleteById(id))); }
                    void b(List<Long> ids) { for (long id : ids) { CompletableFuture.runAsync(() -> archive.store(id)); } }
                    void c(List<Long> ids) { ids.forEach(id -> CompletableFuture.runAsync(this::sleepy)); }
                    void d(List<Long> ids) { ids.forEach(id -> CompletableFuture.supplyAsync(() -> pricer.price(id))); }
                    void e(long id) { CompletableFuture.runAsync(() -> orders.deleteById(id)); }
                    private void sleepy() { try { Thread.sleep(100); } catch (InterruptedException ignored) { } }
                }
                """);
        assertThat(tree.locations("RE012")).containsExactly("src/main/java/app/Batch.java:8", "src/main/java/app/Batch.java:9",
                "src/main/java/app/Batch.java:10");
    }
}
