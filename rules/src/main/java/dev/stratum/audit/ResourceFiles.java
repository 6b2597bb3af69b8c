package dev.stratum.audit;

import java.util.Locale;

/**
 * Other files the audit reads besides Java, build files, Spring configuration and migrations: logging
 * configuration, SQL seed scripts, native Hibernate/JPA configuration and deployment descriptors.
 */
public final class ResourceFiles {
    /** Resource files are small; larger ones are not configuration. */
    public static final int MAX_BYTES = 1024 * 1024;

    public enum Kind { LOGGING, SQL_SEED, SQL_MIGRATION, HIBERNATE, CONTAINER }

    private ResourceFiles() {
    }

    /** The kind of a file (by name and place), or null when the audit does not read it. */
    public static Kind kind(String relative, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("logback") && n.endsWith(".xml") || n.startsWith("log4j2") && n.endsWith(".xml")) {
            return Kind.LOGGING;
        }
        if (n.equals("import.sql") || n.matches("data(-[a-z0-9_.-]+)?\\.sql")) {
            return Kind.SQL_SEED;
        }
        if (n.equals("persistence.xml") || n.equals("hibernate.properties") || n.equals("hibernate.cfg.xml")) {
            return Kind.HIBERNATE;
        }
        if (n.equals("dockerfile") || n.startsWith("dockerfile.") || n.equals("containerfile")
                || n.equals("kustomization.yaml") || n.equals("kustomization.yml") || n.equals("chart.yaml")) {
            return Kind.CONTAINER;
        }
        return null;
    }
}
