
The API needs `Authorization: Bearer <JWT>` with the scope `products:read` for `GET` and `products:write` for
every other method (see [Security](#security)).
