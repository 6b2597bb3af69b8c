| `JWT_JWK_SET_URI` | `http://localhost:9000/oauth2/jwks` | JWK set of the token issuer used to verify JWT signatures |
