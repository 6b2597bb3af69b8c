CREATE TABLE orders (
    id            BIGSERIAL PRIMARY KEY,
    customer_email VARCHAR(200) NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    total_cents   BIGINT       NOT NULL
);
CREATE INDEX idx_orders_customer_email ON orders (customer_email);
