CREATE TABLE accounts (
    id            BIGSERIAL PRIMARY KEY,
    email         VARCHAR(200) NOT NULL UNIQUE,
    api_key_hash  CHAR(64)     NOT NULL
);
CREATE UNIQUE INDEX ux_accounts_api_key_hash ON accounts (api_key_hash);
