package dev.stratum.audit.model;

/** The role of a project type in a Spring application, decided once the whole project is known. */
public enum TypeKind {
    ENTITY, REPOSITORY, CONTROLLER, SERVICE, CONFIGURATION, CLIENT, OTHER
}
