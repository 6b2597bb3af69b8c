-- Flyway migration 2 (template 1.1.0): optimistic locking and audit timestamps for the product aggregate.
-- V1 stays as released: databases created by 1.0.0 have applied it, and Flyway checks its checksum.
-- Existing rows start at version 0 with the migration time as both timestamps; now() is evaluated once, so
-- PostgreSQL 11+ adds the columns without rewriting the table.
ALTER TABLE product
    ADD COLUMN version    BIGINT                   NOT NULL DEFAULT 0,
    ADD COLUMN created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now();
