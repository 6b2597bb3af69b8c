
## Security

- **Tokens.** Every API request needs `Authorization: Bearer <JWT>`. The token must be signed (RS256) by a key in
  the JWK set at `JWT_JWK_SET_URI`, its `iss` must equal `JWT_ISSUER_URI`, its `aud` must contain `JWT_AUDIENCE`,
  and it must not be expired (one minute of clock skew). The three settings have no defaults: the service stops at
  start-up and names any that is missing, rather than accept tokens meant for other services.
- **Scopes.** `GET` needs the scope `products:read`; every other method needs `products:write` (the token's `scope`
  claim, e.g. `"scope": "products:read products:write"`). A writing client normally holds both.
- **Errors.** 401 (no or invalid token) and 403 (missing scope) answer `application/problem+json` with the
  `correlationId`; the `WWW-Authenticate` header says why (`invalid_token`, `insufficient_scope`).
<#if features.observability>
- **Management port.** The actuator listens on `MANAGEMENT_PORT` only. There, health, info and Prometheus need no
  token (probes and scrapers carry none) and every other endpoint is refused; keep the port off the API's Service
  and ingress, so only the cluster (kubelet, Prometheus) reaches it.
</#if>
- **Behind a proxy.** `server.forward-headers-strategy=native`: Tomcat honours `X-Forwarded-Proto/Host/Port/For`
  only from internal proxy addresses (`server.tomcat.remoteip.internal-proxies`: private, loopback and link-local
  ranges), so a TLS-terminating ingress yields `https` links and HSTS, and an outside client cannot forge them.
- **Local tokens.** `./mvnw spring-boot:test-run` (see [Run](#run)) is the only built-in way to get one, and it
  exists only on the test class path. Against a real issuer, ask it for a token with the audience and scopes
  above (for example a client-credentials grant).
