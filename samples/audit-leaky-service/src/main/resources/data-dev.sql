-- dev seed: not reported
INSERT INTO account (email, password, role) VALUES ('dev@acme.test', '{noop}dev', 'ADMIN');
