package dev.stratum.audit.database;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.audit.config.Placeholders;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.List;

/** DB017: Hibernate opening a session of its own for each lazy load outside a transaction. */
public final class LazyLoadNoTransCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("DB017", AuditArea.DATABASE, Severity.MEDIUM,
            "Lazy loading outside transactions switched on",
            "hibernate.enable_lazy_load_no_trans makes every lazy association touched outside a transaction open "
                    + "a connection and a session of its own: N+1 queries become invisible (no "
                    + "LazyInitializationException warns), each costs a pool connection, and the rows come from "
                    + "different snapshots of the database.",
            "Remove the setting; load what each use case needs inside its @Transactional service method (JOIN "
                    + "FETCH, @EntityGraph, DTO projections).",
            "spring.jpa.properties.hibernate.enable_lazy_load_no_trans: true",
            "# not set; @EntityGraph(attributePaths = \"items\") on the finder that needs them")
            .scope("spring.jpa.properties.hibernate.enable_lazy_load_no_trans and the native "
                            + "hibernate.enable_lazy_load_no_trans (persistence.xml, hibernate.properties) in every "
                            + "production profile of the configuration model, placeholders with their defaults.",
                    "The setting passed in Java (a properties map given to the EntityManagerFactory) or by an "
                            + "environment variable.");

    private static final List<String> KEYS = List.of("spring.jpa.properties.hibernate.enable_lazy_load_no_trans",
            "hibernate.enable_lazy_load_no_trans");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        for (ConfigSet set : project.configs()) {
            for (String key : KEYS) {
                for (ConfigProperty p : set.productionValues(key)) {
                    if (Placeholders.withDefaults(p.value()).map(v -> v.strip().equalsIgnoreCase("true")).orElse(false)) {
                        Locations.at(p, sink, this, key + "=true opens a session per lazy load outside transactions, "
                                + "which hides N+1 queries" + set.inProfile(p));
                    }
                }
            }
        }
    }
}
