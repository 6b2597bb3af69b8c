package [=project.package].service;

/** How many units of a product are available, as the inventory service said. */
public record ProductStock(long productId, String sku, long available) {
}
