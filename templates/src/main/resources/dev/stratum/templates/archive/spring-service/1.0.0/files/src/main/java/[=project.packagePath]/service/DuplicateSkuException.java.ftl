package [=project.package].service;

/** A product with that SKU exists already; the web layer maps it to 409. */
public class DuplicateSkuException extends RuntimeException {

    public DuplicateSkuException(String sku) {
        super("A product with SKU " + sku + " exists already");
    }
}
