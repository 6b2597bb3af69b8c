The `dev` profile (`-Dspring-boot.run.profiles=dev`, or `SPRING_PROFILES_ACTIVE=dev`) publishes the OpenAPI
document at `/v3/api-docs` and Swagger UI at `/swagger-ui.html`; no other profile does.

