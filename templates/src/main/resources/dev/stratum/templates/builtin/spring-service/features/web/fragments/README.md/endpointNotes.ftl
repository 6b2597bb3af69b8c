
A product carries `version`, `createdAt` and `updatedAt`; its `ETag` is the version (`"3"`). `PUT` must send
`If-Match` with the ETag it last read: 428 without the header, 412 when the product changed meanwhile (read it
again and reapply the change), `If-Match: *` to overwrite whatever is stored. Prices are whole cents: a fraction
is rejected, never rounded. Every response carries `X-Correlation-Id` (send your own to correlate calls).
