package dev.stratum.audit.model;

/** What a type declaration is in the language. */
public enum DeclarationKind {
    CLASS, INTERFACE, ENUM, RECORD, ANNOTATION
}
