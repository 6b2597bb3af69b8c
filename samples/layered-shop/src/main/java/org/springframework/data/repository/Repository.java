package org.springframework.data.repository;

/** Minimal stand-in with the real interface's name, so the sample compiles without Spring jars. */
public interface Repository<T, ID> {
}
