-- roles are reference data (not credentials): not reported
INSERT INTO role_name (name) VALUES ('ADMIN'), ('USER');
-- a fixed administrator password in every installation
INSERT INTO account (email, password, role)
VALUES ('admin@acme.test', '$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z6NdVNVjhNV8YyKQ0GWTKm6e', 'ADMIN');
-- a password taken from a Flyway placeholder is configurable: not reported
INSERT INTO account (email, password, role) VALUES ('ops@acme.test', '${ops_password_hash}', 'OPS');
