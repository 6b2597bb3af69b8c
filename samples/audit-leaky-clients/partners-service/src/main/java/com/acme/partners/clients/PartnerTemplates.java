package com.acme.partners.clients;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.List;
import org.apache.http.HttpHost;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2RestTemplate;
import org.springframework.security.oauth2.client.token.grant.client.ClientCredentialsResourceDetails;
import org.springframework.web.client.RestTemplate;

@Configuration
public class PartnerTemplates {
    /** A factory that is configured, but not with timeouts. */
    @Bean
    RestTemplate shippingTemplate() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setOutputStreaming(false);
        return new RestTemplate(factory);
    }

    /** Two Apache builders (with and without a proxy), one client: one finding, at the template. */
    @Bean
    RestTemplate carrierTemplate(PartnerSettings settings) {
        CloseableHttpClient http;
        if (settings.proxyHost() != null) {
            http = HttpClients.custom().setProxy(new HttpHost(settings.proxyHost(), 3128)).build();
        } else {
            http = HttpClients.custom().setMaxConnTotal(20).build();
        }
        ClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(http);
        return new RestTemplate(factory);
    }

    /** Trap: the Apache client has no RequestConfig, but the factory that wraps it sets the timeouts. */
    @Bean
    RestTemplate customsTemplate() {
        CloseableHttpClient http = HttpClients.custom().setMaxConnPerRoute(10).build();
        HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory();
        factory.setConnectTimeout(2000);
        factory.setReadTimeout(5000);
        factory.setHttpClient(http);
        return new RestTemplate(factory);
    }

    /** Trap: a RequestConfig on the Apache client is enough. */
    @Bean
    RestTemplate insuranceTemplate() {
        RequestConfig timeouts = RequestConfig.custom().setConnectTimeout(2000).setSocketTimeout(5000).build();
        CloseableHttpClient http = HttpClients.custom().setDefaultRequestConfig(timeouts).build();
        return new RestTemplate(new HttpComponentsClientHttpRequestFactory(http));
    }

    /** A RestTemplate subclass keeps RestTemplate's default factory: no timeouts. */
    @Bean
    OAuth2RestTemplate marketplaceTemplate(ClientCredentialsResourceDetails details) {
        return new OAuth2RestTemplate(details);
    }

    /** Trap: the factory comes from a method of its own (not judged here). */
    @Bean
    RestTemplate warehouseTemplate() {
        RestTemplate template = new RestTemplate();
        template.setRequestFactory(timedFactory());
        return template;
    }

    /** An Apache client used on its own, not through a RestTemplate. */
    @Bean
    CloseableHttpClient archiveHttp() {
        return HttpClients.custom().setUserAgent("partners").build();
    }

    /** A message-converter list is not a request factory. */
    @Bean
    RestTemplate feedTemplate(PartnerSettings settings) {
        List<org.springframework.http.converter.HttpMessageConverter<?>> converters = settings.converters();
        return new RestTemplate(converters);
    }

    /** Two branches, one client: one finding, at the first. */
    @Bean
    RestTemplate auditTemplate(PartnerSettings settings) {
        RestTemplate template;
        if (settings.proxyHost() != null) {
            SimpleClientHttpRequestFactory proxied = new SimpleClientHttpRequestFactory();
            proxied.setProxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(settings.proxyHost(), 3128)));
            template = new RestTemplate(proxied);
        } else {
            template = new RestTemplate();
        }
        return template;
    }

    private ClientHttpRequestFactory timedFactory() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(2000);
        factory.setReadTimeout(5000);
        return factory;
    }
}
