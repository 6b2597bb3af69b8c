package dev.stratum.build;

/** A BOM imported in {@code <dependencyManagement>} (type pom, scope import), with an optional comment. */
public record Bom(Coordinates coordinates, String comment) {
    public Bom {
        comment = comment == null ? "" : comment;
    }

    public String key() {
        return coordinates.key();
    }
}
