package [=project.package].service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

<#if !features.postgres>
import java.util.ConcurrentModificationException;

</#if>
import org.junit.jupiter.api.Test;
<#if features.postgres>
import org.springframework.dao.OptimisticLockingFailureException;
</#if>

import [=project.package].AbstractIntegrationTest;
import [=project.package].persistence.Product;
import [=project.package].persistence.ProductRepository;

class ProductServiceTest extends AbstractIntegrationTest {

    private final ProductService service;
    private final ProductRepository repository;

    ProductServiceTest(ProductService service, ProductRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    @Test
    void createdProductRoundTrips() {
        ProductView created = service.create("SVC-1", "Round trip", 1250);

        assertThat(service.get(created.id())).isEqualTo(created);
        assertThat(service.getBySku("SVC-1")).isEqualTo(created);
    }

    @Test
    void duplicateSkuIsRejected() {
        service.create("SVC-DUP", "First", 1);

        assertThatThrownBy(() -> service.create("SVC-DUP", "Second", 2)).isInstanceOf(DuplicateSkuException.class);
    }

    @Test
    void unknownProductIsNotFound() {
        assertThatThrownBy(() -> service.get(987_654_321L)).isInstanceOf(ProductNotFoundException.class);
    }

    @Test
    void updateOfAStaleVersionIsRejected() {
        ProductView created = service.create("SVC-VER", "First", 1);
        ProductView updated = service.updateIfUnchanged(created.id(), created.version(), "Second", 2);
        assertThat(updated.version()).isGreaterThan(created.version());

        assertThatThrownBy(() -> service.updateIfUnchanged(created.id(), created.version(), "Third", 3))
                .isInstanceOf(ProductVersionConflictException.class);
        assertThat(service.get(created.id()).name()).isEqualTo("Second");
    }

    @Test
    void concurrentWriteFailsInsteadOfOverwriting() {
        long id = service.create("SVC-RACE", "Original", 1).id();
        Product stale = repository.findById(id).orElseThrow();
        service.update(id, "Winner", 2);

        stale.update("Loser", 3);
        assertThatThrownBy(() -> repository.saveAndFlush(stale))
                .isInstanceOf(<#if features.postgres>OptimisticLockingFailureException<#else>ConcurrentModificationException</#if>.class);
        assertThat(service.get(id).name()).isEqualTo("Winner");
    }
}
