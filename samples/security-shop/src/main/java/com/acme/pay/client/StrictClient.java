package com.acme.pay.client;

import javax.net.ssl.HttpsURLConnection;

/** Clean counterpart: a lambda host name verifier that really checks the host. */
public class StrictClient {
    public static void init() {
        HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> host.equals("pay.acme.com"));
    }
}
