-- Customers: looked up by email, but no index on it (DB006).
CREATE TABLE customer (
    id    BIGINT PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    name  VARCHAR(200) NOT NULL
);
CREATE TABLE customer_address (
    id          BIGINT PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    city        VARCHAR(100)
);
CREATE INDEX idx_address_customer ON customer_address (customer_id);
