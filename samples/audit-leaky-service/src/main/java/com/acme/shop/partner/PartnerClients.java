package com.acme.shop.partner;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.Timeout;

public class PartnerClients {
    InputStream feed() throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create("https://feed.partner.example/v1").toURL().openConnection();
        return c.getInputStream();
    }

    /** Trap: both timeouts set. */
    InputStream stock() throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create("https://stock.partner.example/v1").toURL().openConnection();
        c.setConnectTimeout(2000);
        c.setReadTimeout(5000);
        return c.getInputStream();
    }

    CloseableHttpClient apache() {
        return HttpClients.createDefault();
    }

    /** Trap: a request config with timeouts. */
    CloseableHttpClient apacheWithTimeouts() {
        return HttpClients.custom().setDefaultRequestConfig(RequestConfig.custom()
                .setConnectTimeout(Timeout.ofSeconds(2)).setResponseTimeout(Timeout.ofSeconds(5)).build()).build();
    }

    /** Trap: OkHttp's defaults are 10 seconds. */
    OkHttpClient okhttp() {
        return new OkHttpClient();
    }

    Client jaxrs() {
        return ClientBuilder.newClient();
    }

    /** Trap: JAX-RS with both timeouts. */
    Client jaxrsWithTimeouts() {
        return ClientBuilder.newBuilder().connectTimeout(2, TimeUnit.SECONDS).readTimeout(5, TimeUnit.SECONDS).build();
    }
}
