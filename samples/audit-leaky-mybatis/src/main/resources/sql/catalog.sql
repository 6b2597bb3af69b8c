-- The whole schema as one dump, run by hand against each environment (no versioned migrations).
CREATE TABLE brand (
    id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    name   VARCHAR(64) NOT NULL,
    status INT NOT NULL
);
