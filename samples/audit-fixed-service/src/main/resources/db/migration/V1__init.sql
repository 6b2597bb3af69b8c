CREATE TABLE account (
    id       BIGSERIAL PRIMARY KEY,
    email    VARCHAR(200) NOT NULL UNIQUE,
    password VARCHAR(100) NOT NULL,
    role     VARCHAR(20)  NOT NULL
);
CREATE TABLE product (
    id          BIGSERIAL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    price_cents BIGINT       NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE TABLE review (
    id         BIGSERIAL PRIMARY KEY,
    product_id BIGINT NOT NULL REFERENCES product (id),
    text       VARCHAR(2000) NOT NULL
);
CREATE INDEX idx_review_product ON review (product_id);
