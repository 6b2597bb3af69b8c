<#assign names = build.environment?map(e -> e.name)>
# Production values that differ from the service's defaults (example.com values are placeholders: replace them).
# Keep the connection pool in step with the HPA: maxReplicas x DB_POOL_MAX_SIZE connections must fit the database.
apiVersion: v1
kind: ConfigMap
metadata:
  name: [=project.name]-config
data:
<#if names?seq_contains("DB_URL")>
  # TLS to the database: require encrypts; use verify-full once the CA is mounted (add &sslrootcert=/path/ca.crt).
  DB_URL: "jdbc:postgresql://postgres.example.com:5432/[=project.name?replace('-', '_')]?sslmode=${DB_SSL_MODE}"
</#if>
<#if names?seq_contains("DB_SSL_MODE")>
  DB_SSL_MODE: "require"
</#if>
<#if names?seq_contains("REDIS_URL")>
  REDIS_URL: "rediss://redis.example.com:6379"
</#if>
<#if names?seq_contains("JWT_ISSUER_URI")>
  JWT_ISSUER_URI: "https://login.example.com/realms/example"
</#if>
<#if names?seq_contains("JWT_AUDIENCE")>
  JWT_AUDIENCE: "[=project.name]"
</#if>
<#if names?seq_contains("JWT_JWK_SET_URI") && !names?seq_contains("JWT_ISSUER_URI")>
  JWT_JWK_SET_URI: "https://login.example.com/realms/example/protocol/openid-connect/certs"
</#if>
<#if names?seq_contains("OPENAPI_ENABLED")>
  OPENAPI_ENABLED: "false"
</#if>
<#if names?seq_contains("TRACING_SAMPLING_PROBABILITY")>
  TRACING_SAMPLING_PROBABILITY: "0.05"
</#if>
