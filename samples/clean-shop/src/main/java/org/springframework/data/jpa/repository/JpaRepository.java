package org.springframework.data.jpa.repository;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Minimal stand-in with the real interface's name, so the sample compiles without Spring jars. */
public interface JpaRepository<T, ID> extends Repository<T, ID> {
    List<T> findAll();

    Optional<T> findById(ID id);

    T save(T entity);
}
