package [=project.package].service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import [=project.package].AbstractIntegrationTest;

class ProductServiceTest extends AbstractIntegrationTest {

    private final ProductService service;

    ProductServiceTest(ProductService service) {
        this.service = service;
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
}
