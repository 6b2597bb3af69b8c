package [=project.package].service;

/** The inventory service failed, timed out or was too busy (after retries); the web layer maps it to 503. */
public class InventoryUnavailableException extends RuntimeException {

    public InventoryUnavailableException(String sku, Throwable cause) {
        super("The inventory service could not tell the stock of " + sku, cause);
    }
}
