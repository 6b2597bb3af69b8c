<#assign db = project.name?replace('-', '_')>
# Local development only (never used by the tests or in production): docker compose up -d, then
#   ./mvnw spring-boot:run -Dspring-boot.run.profiles=dev,local
# The local profile (src/main/resources/application-local.properties) points the service at these.
name: [=project.name]
services:
<#if features.postgres>
  postgres:
    image: postgres:17
    environment:
      POSTGRES_DB: [=db]
      POSTGRES_USER: [=db]
      # Local only: no password, and the port is bound to 127.0.0.1.
      POSTGRES_HOST_AUTH_METHOD: trust
    ports:
      - "127.0.0.1:5432:5432"
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U [=db] -d [=db]"]
      interval: 2s
      retries: 30
</#if>
<#if features["cache-redis"]>
  redis:
    image: redis:7-alpine
    ports:
      - "127.0.0.1:6379:6379"
</#if>
<#if features.security>
  # A token issuer for local calls only (https://github.com/navikt/mock-oauth2-server): it signs any token asked
  # for. Get one with both scopes:
  #   curl -s -d grant_type=client_credentials -d client_id=dev -d client_secret=dev \
  #     http://localhost:9000/default/token | jq -r .access_token
  token-issuer:
    image: ghcr.io/navikt/mock-oauth2-server:2.1.10
    environment:
      SERVER_PORT: "9000"
      JSON_CONFIG: >-
        {"interactiveLogin": false, "tokenCallbacks": [{"issuerId": "default", "tokenExpiry": 3600,
        "requestMappings": [{"requestParam": "grant_type", "match": "client_credentials",
        "claims": {"sub": "developer", "aud": ["[=project.name]"], "scope": "products:read products:write"}}]}]}
    ports:
      - "127.0.0.1:9000:9000"
</#if>
