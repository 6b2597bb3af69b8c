
Logs are structured JSON (Elastic Common Schema) on the console; each request's log lines carry its `correlationId`.
