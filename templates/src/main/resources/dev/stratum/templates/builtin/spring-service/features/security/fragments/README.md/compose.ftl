- a token issuer for local calls ([mock-oauth2-server](https://github.com/navikt/mock-oauth2-server)); it signs
  any token it is asked for, so it is for a developer's machine only
