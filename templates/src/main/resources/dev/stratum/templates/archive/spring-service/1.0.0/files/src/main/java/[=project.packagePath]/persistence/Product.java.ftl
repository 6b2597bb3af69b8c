package [=project.package].persistence;

<#if features.postgres>
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The example aggregate, mapped onto the {@code product} table created by V1__init.sql. */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String sku;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "price_cents", nullable = false)
    private long priceCents;

    protected Product() {
        // for JPA
    }
<#else>
/** The example aggregate. Kept in memory by {@link ProductRepository} (add the postgres feature for a database). */
public class Product {

    private Long id;
    private final String sku;
    private String name;
    private long priceCents;
</#if>

    public Product(String sku, String name, long priceCents) {
        this.sku = sku;
        this.name = name;
        this.priceCents = priceCents;
    }

    public Long getId() {
        return id;
    }
<#if !features.postgres>

    void assignId(long id) {
        this.id = id;
    }

    /** Copies hand out and store snapshots, so a caller's changes reach the store only through save(). */
    Product copy() {
        Product copy = new Product(sku, name, priceCents);
        copy.id = id;
        return copy;
    }
</#if>

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public long getPriceCents() {
        return priceCents;
    }

    public void update(String name, long priceCents) {
        this.name = name;
        this.priceCents = priceCents;
    }
}
