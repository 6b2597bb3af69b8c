package com.acme.partners;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;

@SpringBootApplication
@EnableFeignClients
public class PartnersApplication {
    public static void main(String[] args) {
        SpringApplication.run(PartnersApplication.class, args);
    }
}
