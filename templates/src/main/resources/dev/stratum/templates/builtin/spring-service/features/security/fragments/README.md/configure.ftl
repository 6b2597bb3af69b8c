| `JWT_ISSUER_URI` | none, required | token issuer; a token's `iss` must equal it |
| `JWT_JWK_SET_URI` | none, required | the issuer's JWK set (public signing keys), e.g. `<issuer>/protocol/openid-connect/certs` for Keycloak |
| `JWT_AUDIENCE` | none, required | this API's audience; a token's `aud` must contain it (comma-separate several) |
