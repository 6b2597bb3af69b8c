package com.acme.orders.partner;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactoryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

@Configuration
public class PartnerClients {
    private static final Logger log = LoggerFactory.getLogger(PartnerClients.class);

    @Bean
    RestTemplate partnerTemplate(PartnerProperties partner) {
        log.info("partner client for {} with key {}", partner.baseUrl(), partner.getApiKey());
        CloseableHttpClient http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setSSLSocketFactory(SSLConnectionSocketFactoryBuilder.create()
                                .setHostnameVerifier(NoopHostnameVerifier.INSTANCE)
                                .build())
                        .build())
                .build();
        return new RestTemplate(new HttpComponentsClientHttpRequestFactory(http));
    }

    /** A RestClient over an Apache client without timeouts: one finding, at the RestClient. */
    @Bean
    RestClient statementsClient() {
        CloseableHttpClient http = HttpClients.custom().disableCookieManagement().build();
        return RestClient.builder().requestFactory(new HttpComponentsClientHttpRequestFactory(http)).build();
    }

    /** The factory around the Apache client sets the timeouts: nothing to report. */
    @Bean
    RestClient invoicesClient() {
        CloseableHttpClient http = HttpClients.custom().disableCookieManagement().build();
        HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(http);
        factory.setConnectTimeout(2000);
        factory.setReadTimeout(5000);
        return RestClient.builder().requestFactory(factory).build();
    }
}
