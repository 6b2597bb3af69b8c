# Local development against compose.yaml only (./mvnw spring-boot:run -Dspring-boot.run.profiles=dev,local).
<#if features.postgres>
spring.datasource.url=jdbc:postgresql://localhost:5432/[=project.name?replace('-', '_')]
spring.datasource.username=[=project.name?replace('-', '_')]
</#if>
<#if features["cache-redis"]>
spring.data.redis.url=redis://localhost:6379
</#if>
<#if features.security>
spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:9000/default
spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:9000/default/jwks
spring.security.oauth2.resourceserver.jwt.audiences=[=project.name]
</#if>
