package com.acme.orders.partner;

import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestTemplate;

@Configuration
public class PartnerClient {
    /** Timeouts set on the request factory itself (no RE001). */
    @Bean
    RestTemplate partnerTemplate() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(2000);
        factory.setReadTimeout(5000);
        return new RestTemplate(factory);
    }

    /** Boot's builder applies spring.http.client.connect-timeout/read-timeout from application.yml (no RE001). */
    @Bean
    RestTemplate reportsTemplate(RestTemplateBuilder builder) {
        return builder.rootUri("https://reports.partner.example.com").build();
    }
}
