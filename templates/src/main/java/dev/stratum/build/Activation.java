package dev.stratum.build;

/**
 * When a profile is active: by default, for a JDK range, on an operating system, when a property is set, or when a
 * file exists or is missing. Empty fields are not written; a profile without activation is only active on request
 * ({@code -P id}).
 */
public record Activation(boolean activeByDefault, String jdk, Os os, Property property, File file) {
    public Activation {
        jdk = jdk == null ? "" : jdk;
    }

    /** {@code <os>}: Maven matches name, family, arch and version as given (e.g. family "unix", arch "aarch64"). */
    public record Os(String name, String family, String arch, String version) {
        public Os {
            name = name == null ? "" : name;
            family = family == null ? "" : family;
            arch = arch == null ? "" : arch;
            version = version == null ? "" : version;
        }
    }

    /** {@code <property>}: active when the property is set (to {@code value}, when given; {@code !name} when unset). */
    public record Property(String name, String value) {
        public Property {
            if (name == null || name.isBlank()) {
                throw new dev.stratum.core.UsageException("an activation property needs a 'name'");
            }
            value = value == null ? "" : value;
        }
    }

    /** {@code <file>}: active when {@code exists} names an existing path, or {@code missing} a missing one. */
    public record File(String exists, String missing) {
        public File {
            exists = exists == null ? "" : exists;
            missing = missing == null ? "" : missing;
            if (exists.isBlank() == missing.isBlank()) {
                throw new dev.stratum.core.UsageException("a file activation needs exactly one of 'exists' and 'missing'");
            }
        }
    }
}
