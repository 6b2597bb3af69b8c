package [=project.package].service;

/** The product changed since the caller read it (another version); the web layer maps it to 412. */
public class ProductVersionConflictException extends RuntimeException {

    public ProductVersionConflictException(long id, long expectedVersion) {
        super("Product " + id + " is no longer at version " + expectedVersion + "; read it again");
    }
}
