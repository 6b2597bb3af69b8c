- the REST API creates, reads, updates and looks up products; invalid fields are listed, a fractional price is
  rejected; the correlation id is echoed and logged (`ProductApiTest`)
- every error (unknown path, wrong method or media type, malformed JSON, an uncaught exception in a controller or
  a filter) is problem+json with the correlation id, over a real HTTP connection; a failure is logged exactly once,
  with its correlation id<#if features.observability> and trace id</#if> (`ErrorResponseTest`)
- the OpenAPI document and UI are off by default (`OpenApiTest`) and served in the `dev` profile
  (`OpenApiDevProfileTest`)
- behind a TLS proxy (`X-Forwarded-Proto: https`) links are https<#if features.security> and HSTS is sent</#if> (`ForwardedHeadersTest`)
- the stock call retries a 503 and gives up after three attempts, never retries a 404, cuts a slow answer at
  the read timeout and rejects calls above the concurrency limit, against a stand-in inventory service on
  127.0.0.1 (`StockTest`)
- an update of a stale version is refused, and so is a concurrent write (`ProductServiceTest`)
