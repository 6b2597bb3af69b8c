package dev.stratum.audit.model;

/** What a call is made on, as far as one file shows it. */
public enum Receiver {
    /** No scope: a method of the enclosing type ({@code save(x)}). */
    IMPLICIT_THIS,
    /** {@code this.m()} */
    THIS,
    FIELD,
    PARAMETER,
    LOCAL,
    /** A type name: {@code Duration.ofSeconds(2)}. */
    STATIC,
    /** A field of a variable or field whose type is known ({@code holder.repository.findAll()}): see {@link CallSite#member}. */
    MEMBER,
    /** The result of another call of the same method body ({@code a.b().c()}): see {@link CallSite#scopeCall}. */
    CALL,
    /** Anything else (a lambda parameter, an array element, {@code new X().m()}). */
    OTHER
}
