package com.acme.pay.client;

import javax.net.ssl.HttpsURLConnection;

/** VIOLATION security-trust-all-tls: a lambda host name verifier that accepts every host. */
public class InsecureClient {
    public static void init() {
        HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> true);
    }
}
