TOKEN=$(curl -s -d grant_type=client_credentials -d client_id=dev -d client_secret=dev \
  http://localhost:9000/default/token | jq -r .access_token)
curl -H "Authorization: Bearer $TOKEN" http://localhost:[=options.port?c]/api/products/1
