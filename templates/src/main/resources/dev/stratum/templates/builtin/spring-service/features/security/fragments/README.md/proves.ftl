- the API answers 401 without a token or with an untrusted or expired one, and 200 with a valid signed JWT;
  responses carry secure headers (`SecurityTest`)
