package dev.stratum.audit.security;

import dev.stratum.audit.AuditArea;
import dev.stratum.audit.FindingSink;
import dev.stratum.audit.ProjectCheck;
import dev.stratum.audit.ProjectModel;
import dev.stratum.audit.ResourceFile;
import dev.stratum.audit.ResourceFiles;
import dev.stratum.audit.SourceCheck;
import dev.stratum.audit.SourceFile;
import dev.stratum.audit.config.ConfigSet;
import dev.stratum.audit.config.Profiles;
import dev.stratum.audit.sql.SqlInserts;
import dev.stratum.finding.RuleMeta;
import dev.stratum.finding.Severity;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** SE017: a SQL script or start-up code that creates a user with a fixed password in every installation. */
public final class SeededCredentialsCheck implements ProjectCheck, SourceCheck {
    static final RuleMeta META = new RuleMeta("SE017", AuditArea.SECURITY, Severity.HIGH,
            "Default credentials seeded by SQL scripts or start-up code",
            "A migration, data.sql or start-up runner that creates an admin (or any user) with a fixed password, hashed or not, "
                    + "gives every installation the same login: it is in the repository, so it is known, and "
                    + "nobody remembers to change it.",
            "Create the first account from configuration at start-up (a password from a secret, required, or a "
                    + "one-time setup link), or seed only in a dev profile's script (data-dev.sql).",
            "INSERT INTO users (username, password, role) VALUES ('admin', '{noop}admin', 'ADMIN');",
            "-- no user rows in migrations; an AdminBootstrap reads ADMIN_PASSWORD from a secret on first start")
            .scope("INSERT statements of Flyway/Liquibase SQL migrations, data*.sql and import.sql (outside test "
                            + "sources and dev/test-named scripts) into tables named like users or accounts, with a "
                            + "password-like column set to a literal; data.sql only when it runs (embedded database or "
                            + "spring.sql.init.mode=always), import.sql only with ddl-auto create. Start-up code: "
                            + "CommandLineRunner/ApplicationRunner run methods and @Bean runners, @PostConstruct and "
                            + "@EventListener methods that call setPassword(\"literal\"), .password(\"literal\") or "
                            + "encode(\"literal\"), unless under a non-production @Profile.",
                    "Passwords passed to a constructor or a method of the project's own, start-up code in other "
                            + "shapes (a service called from a runner), Liquibase XML inserts, passwords set by a "
                            + "later UPDATE, Flyway placeholders (counted as configurable).");

    private static final Pattern USER_TABLE = Pattern.compile(
            "(?:app_?|sys_?|tb_?|t_)?(?:users?|accounts?|members?|admins?|administrators?|logins?|credentials?|"
                    + "principals?|operators?|employees?|customers?|user_?accounts?|user_?info)");
    private static final Set<String> PASSWORD_COLUMNS = Set.of("password", "passwd", "pwd", "pass", "password_hash",
            "passwordhash", "hashed_password", "encrypted_password", "user_password", "pass_word", "secret");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void visit(SourceFile file, FindingSink sink) {
        CodeSeededUsers.find(file).forEach(call -> sink.report(this, call, "start-up code sets a fixed password "
                + "(value hidden) on every start: every installation starts with the same credentials"));
    }

    @Override
    public void check(ProjectModel project, FindingSink sink) {
        for (ResourceFile file : project.resources()) {
            if (!runs(project, file)) {
                continue;
            }
            for (SqlInserts.Row row : SqlInserts.rows(file.text())) {
                if (!USER_TABLE.matcher(row.table()).matches()) {
                    continue;
                }
                for (String column : row.columns()) {
                    SqlInserts.Value v = PASSWORD_COLUMNS.contains(column) ? row.value(column) : null;
                    if (v != null && v.literal() && !v.text().isEmpty() && !v.text().contains("${")) {
                        sink.report(this, file.path(), row.line(), "seeds a row of table " + row.table() + " with a fixed "
                                + column + " (value hidden): every installation starts with the same credentials");
                        break;
                    }
                }
            }
        }
    }

    /** Whether the script runs against the production database. */
    private static boolean runs(ProjectModel project, ResourceFile file) {
        String name = file.path().substring(file.path().lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        if (!Profiles.isProduction(file.profile()) || file.path().contains("/dev/") || file.path().contains("/test")) {
            return false;
        }
        if (file.kind() == ResourceFiles.Kind.SQL_MIGRATION) {
            return true;
        }
        if (file.kind() != ResourceFiles.Kind.SQL_SEED) {
            return false;
        }
        if (name.equals("import.sql")) {
            return configured(project, List.of("spring.jpa.hibernate.ddl-auto"), Set.of("create", "create-drop"));
        }
        boolean embedded = project.dependencies().find("h2").isPresent() && project.config("spring.datasource.url").isEmpty()
                || project.config("spring.datasource.url").map(p -> p.value().contains("jdbc:h2:mem")
                || p.value().contains("jdbc:hsqldb:mem")).orElse(false);
        return embedded || configured(project, List.of("spring.sql.init.mode", "spring.datasource.initialization-mode"),
                Set.of("always"));
    }

    private static boolean configured(ProjectModel project, List<String> keys, Set<String> values) {
        for (ConfigSet set : project.configs()) {
            for (String k : keys) {
                if (set.get(k).map(p -> values.contains(p.value().strip().toLowerCase(java.util.Locale.ROOT))).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }
}
