package [=project.package].config;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.web.service.registry.ImportHttpServices;

import [=project.package].client.InventoryApi;

/**
 * Outbound HTTP: the {@link InventoryApi} client in the group "inventory" (base URL and timeouts from
 * spring.http.serviceclient.inventory.*; Boot's RestClient builder adds tracing headers and client metrics<#if !features.observability>
 * when observability is on</#if>), and {@code @Retryable}/{@code @ConcurrencyLimit} turned on.
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
@ImportHttpServices(group = "inventory", types = InventoryApi.class)
public class DownstreamConfig {
}
