package [=project.package].service;

import org.springframework.resilience.InvocationRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientException;

import [=project.package].client.InventoryClient;

/**
 * A product's stock, asked of the inventory service. Deliberately not transactional: no database connection is
 * held while the remote call (with its timeouts and retries) runs.
 */
@Service
public class StockService {

    private final ProductService products;
    private final InventoryClient inventory;

    public StockService(ProductService products, InventoryClient inventory) {
        this.products = products;
        this.inventory = inventory;
    }

    public ProductStock stockOf(long productId) {
        String sku = products.get(productId).sku();
        try {
            return new ProductStock(productId, sku, inventory.stockOf(sku).available());
        } catch (RestClientException | InvocationRejectedException e) {
            throw new InventoryUnavailableException(sku, e);
        }
    }
}
