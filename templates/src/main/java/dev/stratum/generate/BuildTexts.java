package dev.stratum.generate;

/** Renders a value of template.yaml's build section ({@code [=...]}); {@code origin} names it in errors. */
@FunctionalInterface
interface BuildTexts {
    String render(String origin, String text);

    /** Values as written, for validating a declaration before any project exists. */
    BuildTexts LITERAL = (origin, text) -> text;
}
