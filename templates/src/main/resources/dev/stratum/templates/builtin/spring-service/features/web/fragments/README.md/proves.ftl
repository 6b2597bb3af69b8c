- the REST API creates, reads, updates and looks up products; invalid fields are listed, a fractional price is
  rejected; the correlation id is echoed and logged (`ProductApiTest`)
- every error (unknown path, wrong method or media type, malformed JSON, an uncaught exception in a controller or
  a filter) is problem+json with the correlation id, over a real HTTP connection; a failure is logged exactly once,
  with its correlation id<#if features.observability> and trace id</#if> (`ErrorResponseTest`)
- the OpenAPI document and UI are off by default (`OpenApiTest`) and served in the `dev` profile
  (`OpenApiDevProfileTest`)
- behind a TLS proxy (`X-Forwarded-Proto: https`) links are https<#if features.security> and HSTS is sent</#if> (`ForwardedHeadersTest`)
- an update of a stale version is refused, and so is a concurrent write (`ProductServiceTest`)
