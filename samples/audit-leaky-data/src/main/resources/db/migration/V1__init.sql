-- Reference data: the statuses are written out here, the currencies are a lookup table the orders point at.
CREATE TABLE order_status (
    id    BIGSERIAL PRIMARY KEY,
    code  VARCHAR(20) NOT NULL,
    label VARCHAR(80) NOT NULL
);
INSERT INTO order_status (code, label) VALUES ('NEW', 'New'), ('PAID', 'Paid'), ('SHIPPED', 'Shipped');

CREATE TABLE currency (
    id   BIGSERIAL PRIMARY KEY,
    code VARCHAR(3)  NOT NULL,
    name VARCHAR(60) NOT NULL
);

CREATE TABLE shop_settings (
    id                BIGSERIAL PRIMARY KEY,
    support_email     VARCHAR(200),
    maintenance       BOOLEAN NOT NULL,
    banner            VARCHAR(400),
    max_cart_items    INT NOT NULL,
    free_shipping_min BIGINT NOT NULL
);

CREATE TABLE orders (
    id             BIGSERIAL PRIMARY KEY,
    customer_email VARCHAR(200) NOT NULL,
    reference      VARCHAR(40)  NOT NULL,
    state          VARCHAR(20)  NOT NULL,
    archived       BOOLEAN      NOT NULL,
    total_cents    BIGINT       NOT NULL,
    currency_id    BIGINT       NOT NULL REFERENCES currency (id)
);
CREATE INDEX idx_orders_customer_email ON orders (customer_email);

CREATE TABLE order_tags (
    order_id BIGINT NOT NULL REFERENCES orders (id),
    tags     VARCHAR(40) NOT NULL
);
CREATE TABLE order_flags (
    order_id BIGINT NOT NULL REFERENCES orders (id),
    flags    VARCHAR(20) NOT NULL
);

CREATE TABLE line_item (
    id       BIGSERIAL PRIMARY KEY,
    order_id BIGINT NOT NULL REFERENCES orders (id),
    sku      VARCHAR(40) NOT NULL
);
CREATE INDEX idx_line_item_order ON line_item (order_id);
