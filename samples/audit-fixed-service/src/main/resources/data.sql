-- runs only on an embedded database or with spring.sql.init.mode=always; this service uses PostgreSQL
INSERT INTO account (email, password, role) VALUES ('demo@acme.test', '{noop}demo', 'USER');
