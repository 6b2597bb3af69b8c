package [=project.package].client;

/** The inventory service's answer: how many units of a SKU are available. */
public record StockLevel(String sku, long available) {
}
