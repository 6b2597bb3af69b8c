package com.acme.orders.inventory;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration
public class PartnerClients {
    @Bean
    RestTemplate shippingTemplate() {
        return new RestTemplate();
    }

    @Bean
    WebClient billingClient() {
        return WebClient.create("https://billing.partner.example.com");
    }

    @Bean
    RestClient loyaltyClient() {
        return RestClient.create("https://loyalty.partner.example.com");
    }

    @Bean
    HttpClient fraudHttp() {
        return HttpClient.newHttpClient();
    }

    @Bean
    HttpClient taxHttp() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    @Bean
    ExecutorService notificationPool() {
        return Executors.newCachedThreadPool();
    }
}
