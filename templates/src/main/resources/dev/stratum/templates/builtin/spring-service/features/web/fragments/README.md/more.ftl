
## Calling another service

`client/InventoryApi` is an HTTP interface that Spring implements over Boot's `RestClient` (group `inventory`:
base URL and timeouts from `spring.http.serviceclient.inventory.*`<#if features.observability>; Boot's builder adds trace headers and client
metrics</#if>). `client/InventoryClient` wraps it with Spring Framework 7's own resilience
annotations, so no extra library is needed: `@Retryable` (two more attempts, 100 ms then 200 ms apart with jitter,
only for I/O errors, timeouts and 5xx) and `@ConcurrencyLimit` with the `REJECT` policy (a bulkhead: a call above
the limit fails at once instead of parking a request thread behind a slow downstream). `service/StockService`
turns any failure into a 503 problem and holds no database connection during the call. For a circuit breaker
(stop calling a downstream that keeps failing) add Resilience4j; the annotations above cover timeouts, retries
and concurrency. Copy the pattern for each service you call, one group per downstream.

## Errors

Every error is an RFC 9457 `application/problem+json` body with `status`, `title`, `detail`, `instance` and the
request's `correlationId` (also in the `X-Correlation-Id` response header):

```json
{"type":"about:blank","title":"Bad Request","status":400,"detail":"The request has invalid fields; see errors",
 "instance":"/api/products","correlationId":"3f0c...","errors":[{"field":"priceCents","message":"must not be null"}]}
```

- validation errors list every invalid field in `errors` (`field`, `message`); a value of the wrong type
  (`"priceCents": 12.99`, a fraction for a whole number of cents) is a 400 naming the field, never rounded;
- Spring MVC's own errors (404 for an unknown path, 405, 406, 415, malformed JSON) come from
  `ResponseEntityExceptionHandler`, the service's exceptions are mapped in `ApiExceptionHandler`;
- anything else is a 500 whose body says nothing about the cause; the cause is logged once, with the correlation
  id<#if features.observability> and the trace id</#if>. Errors raised outside Spring MVC (in a servlet filter) are logged by
  `CorrelationIdFilter` and rendered by `ProblemErrorController`, which replaces Boot's `/error` page.
