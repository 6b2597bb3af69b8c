package com.acme.partners.clients;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.ssl.SSLContexts;
import org.apache.http.ssl.TrustStrategy;
import org.springframework.stereotype.Component;

@Component
public class TrustingClients {
    private static final RequestConfig TIMEOUTS = RequestConfig.custom().setConnectTimeout(2000).setSocketTimeout(5000).build();

    /** Any certificate from anyone: a lambda TrustStrategy that returns true. */
    CloseableHttpClient labsClient() throws Exception {
        TrustStrategy trustAll = (X509Certificate[] chain, String authType) -> true;
        SSLContext ssl = SSLContexts.custom().loadTrustMaterial(null, trustAll).build();
        return HttpClients.custom().setSSLContext(ssl).setDefaultRequestConfig(TIMEOUTS).build();
    }

    /** The same through a method reference. */
    CloseableHttpClient sandboxClient() throws Exception {
        SSLContext ssl = SSLContexts.custom().loadTrustMaterial(null, this::anyChain).build();
        return HttpClients.custom().setSSLContext(ssl).setDefaultRequestConfig(TIMEOUTS).build();
    }

    /** Trap: the partner's CA in a trust store, and a strategy that checks something. */
    CloseableHttpClient pinnedClient(KeyStore partnerCa) throws Exception {
        SSLContext ssl = SSLContexts.custom()
                .loadTrustMaterial(partnerCa, (chain, authType) -> chain.length == 1 && pinned(chain[0]))
                .build();
        return HttpClients.custom().setSSLContext(ssl).setDefaultRequestConfig(TIMEOUTS).build();
    }

    private boolean anyChain(X509Certificate[] chain, String authType) {
        return true;
    }

    private boolean pinned(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName().equals("CN=partner.example.com");
    }
}
