- the production JWT decoder, fed by a JWK set served over HTTP in the test, accepts a valid token and rejects
  (401 problem+json) a missing token, another issuer, another audience, an expired token and an unknown key; a
  token without the needed scope gets 403 problem+json; responses carry secure headers (`SecurityTest`)
- the service does not start without its token settings and names the missing variable (`JwtSettingsTest`)
