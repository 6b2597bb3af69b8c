package [=project.package].service;

import java.util.List;

/** One page of products in id order; {@code page} counts from 0. */
public record ProductPage(List<ProductView> items, int page, int size, long totalItems, long totalPages) {

    static ProductPage of(List<ProductView> items, int page, int size, long totalItems) {
        return new ProductPage(items, page, size, totalItems, (totalItems + size - 1) / size);
    }
}
