
Every response carries `X-Correlation-Id` (send your own to correlate calls).
