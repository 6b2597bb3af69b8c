package [=project.package].service;

/** No product with the requested id or SKU; the web layer maps it to 404. */
public class ProductNotFoundException extends RuntimeException {

    public ProductNotFoundException(String message) {
        super(message);
    }
}
