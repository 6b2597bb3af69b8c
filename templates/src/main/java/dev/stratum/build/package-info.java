/**
 * The build of a generated project as a value: coordinates, properties, dependencies, BOM imports, plugins,
 * profiles and repositories, assembled from a template's base and its selected features and written by one writer
 * ({@link dev.stratum.build.MavenPomWriter}). Nothing here knows FreeMarker, YAML or any feature: {@code new}
 * writes the model, {@code add} merges it into an existing pom, and a Gradle writer could render it later.
 */
package dev.stratum.build;
