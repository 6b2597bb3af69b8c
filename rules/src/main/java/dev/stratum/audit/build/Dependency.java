package dev.stratum.audit.build;

/** One declared dependency: coordinates, scope ("" when default) and where it is declared. */
public record Dependency(String group, String artifact, String scope, String file, int line) {
    public boolean isTestOnly() {
        return scope.equals("test") || scope.startsWith("test");
    }
}
