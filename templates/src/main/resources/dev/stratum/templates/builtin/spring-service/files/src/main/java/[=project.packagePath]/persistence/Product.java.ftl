package [=project.package].persistence;

import java.time.Instant;
<#if features.postgres>
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The example aggregate, mapped onto the {@code product} table (V1__init.sql; version and timestamps from
 * V2__product_version_and_timestamps.sql). {@code @Version} makes a concurrent update fail instead of
 * overwriting the other one; the web layer exposes it as the ETag.
 */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String sku;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "price_cents", nullable = false)
    private long priceCents;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Product() {
        // for JPA
    }
<#else>
/**
 * The example aggregate. Kept in memory by {@link ProductRepository} (add the postgres feature for a database);
 * the repository checks and increments {@code version} on every save, as JPA's {@code @Version} would.
 */
public class Product {

    private Long id;
    private final String sku;
    private String name;
    private long priceCents;
    private long version;
    private Instant createdAt;
    private Instant updatedAt;
</#if>

    public Product(String sku, String name, long priceCents) {
        this.sku = sku;
        this.name = name;
        this.priceCents = priceCents;
    }
<#if features.postgres>

    @PrePersist
    void onCreate() {
        createdAt = now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = now();
    }

    /** PostgreSQL keeps microseconds: an entity must not hold more precision than it reads back. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
<#else>

    void created(long id, Instant at) {
        this.id = id;
        this.createdAt = at;
        this.updatedAt = at;
    }

    void updated(Instant at) {
        this.version++;
        this.updatedAt = at;
    }

    /** Copies hand out and store snapshots, so a caller's changes reach the store only through save(). */
    Product copy() {
        Product copy = new Product(sku, name, priceCents);
        copy.id = id;
        copy.version = version;
        copy.createdAt = createdAt;
        copy.updatedAt = updatedAt;
        return copy;
    }
</#if>

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public long getPriceCents() {
        return priceCents;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void update(String name, long priceCents) {
        this.name = name;
        this.priceCents = priceCents;
    }
}
