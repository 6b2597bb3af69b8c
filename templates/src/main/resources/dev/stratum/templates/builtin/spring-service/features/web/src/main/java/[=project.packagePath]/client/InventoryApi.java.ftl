package [=project.package].client;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The inventory service's HTTP API as an interface; Spring implements it over a RestClient whose base URL and
 * timeouts come from spring.http.serviceclient.inventory.* (DOWNSTREAM_BASE_URL and friends). Call it through
 * {@link InventoryClient}, which adds retries and a concurrency limit.
 */
@HttpExchange("/inventory")
public interface InventoryApi {

    @GetExchange("/{sku}")
    StockLevel stockOf(@PathVariable String sku);
}
