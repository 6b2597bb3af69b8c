package dev.stratum.generate;

import dev.stratum.build.Bom;
import dev.stratum.build.Coordinates;

/** A BOM imported into dependencyManagement: {@code coords} with a version (or a version property). */
public record BomDef(String coords, String comment) {
    public BomDef {
        if (Coordinates.parse(coords).version().isEmpty()) {
            throw new dev.stratum.core.UsageException("BOM '" + coords + "' needs a version (groupId:artifactId:version)");
        }
        comment = comment == null ? "" : comment;
    }

    Bom toBom(BuildTexts texts) {
        return new Bom(Coordinates.parse(coords), texts.render("comment of BOM " + coords, comment));
    }
}
