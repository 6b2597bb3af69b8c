package [=project.package].service;

/** Published by {@link ProductService} when a product was written; {@link ProductCacheEviction} listens. */
public record ProductChanged(long id) {
}
