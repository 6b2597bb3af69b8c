package com.acme.partners.clients;

import java.util.List;
import org.springframework.http.converter.HttpMessageConverter;

/** Partner settings, bound from partners.* elsewhere. */
public interface PartnerSettings {
    String proxyHost();

    List<HttpMessageConverter<?>> converters();
}
