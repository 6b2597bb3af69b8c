package dev.stratum.audit.database;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.Evidence;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.Locations;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.config.ConfigProperty;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** DB014: no statement or transaction timeout anywhere. */
public final class NoQueryTimeoutCheck implements ProjectCheck {
    static final RuleMeta META = new RuleMeta("DB014", AuditArea.DATABASE, Severity.LOW,
            "No statement or transaction timeout",
            "Hikari's connection-timeout bounds only the wait for a connection. A query that takes minutes (a "
                    + "lock wait, a missing index, a huge page) keeps its connection and its request thread for "
                    + "as long as it runs; a few of them drain the pool and the whole service stops answering.",
            "Set spring.transaction.default-timeout (seconds) and/or a statement timeout: the JPA hint "
                    + "spring.jpa.properties.jakarta.persistence.query.timeout (ms), or the driver's own (PostgreSQL "
                    + "options=-c statement_timeout=5s in the URL or the data source properties).",
            "spring.datasource.url: jdbc:postgresql://db/orders",
            "spring.transaction.default-timeout: 10\nspring.datasource.hikari.data-source-properties.options: -c statement_timeout=5s")
            .scope("spring.transaction.default-timeout, JPA/Hibernate query-timeout hints, spring.jdbc.template."
                            + "query-timeout, statement_timeout/queryTimeout in the datasource URL or Hikari properties "
                            + "(default and production profiles); in code: @Transactional(timeout = ..), timeout hints, "
                            + "statement_timeout literals.",
                    "Timeouts set on the database role or server (ALTER ROLE ... SET statement_timeout), by a "
                            + "proxy such as PgBouncer, or through TransactionTemplate/JdbcTemplate set-up in code.");

    private static final List<String> KEYS = List.of("spring.transaction.default-timeout",
            "spring.jpa.properties.jakarta.persistence.query.timeout", "spring.jpa.properties.javax.persistence.query.timeout",
            "spring.jpa.properties.hibernate.query.timeout", "spring.jdbc.template.query-timeout");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        var deps = project.dependencies();
        if (!project.isSpringBoot() || !(deps.has("hibernate-core") || deps.has("spring-jdbc"))
                || project.types().hasEvidence(Evidence.DB_TIMEOUT)) {
            return;
        }
        for (ConfigSet set : project.configs()) {
            if (KEYS.stream().anyMatch(set::isSet) || set.productionView().stream().anyMatch(NoQueryTimeoutCheck::driverTimeout)) {
                return;
            }
        }
        String message = "no statement or transaction timeout is set: a slow query holds its connection for as long as it runs";
        Optional<ConfigProperty> url = project.config("spring.datasource.url");
        if (url.isPresent()) {
            Locations.at(url.get(), sink, this, message);
        } else {
            Locations.atDependency(project, sink, this, message, "spring-boot-starter-data-jpa", "spring-boot-starter-jdbc");
        }
    }

    private static boolean driverTimeout(ConfigProperty p) {
        String k = p.canonicalKey();
        String v = p.value().toLowerCase(Locale.ROOT);
        return k.startsWith("spring.datasource") && (v.contains("statement_timeout") || v.contains("querytimeout")
                || v.contains("sockettimeout") || k.contains("statementtimeout") || k.contains("querytimeout"));
    }
}
