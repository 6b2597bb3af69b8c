package com.acme.accounts.bootstrap;

import com.acme.accounts.bootstrap.UserStore.NewUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Look-alikes for SE017: the first admin's password comes from a secret; fixed users only in the dev profile. */
@Configuration
public class AdminBootstrap implements ApplicationRunner {
    private final UserStore users;
    private final PasswordEncoder encoder;
    private final String adminPassword;

    public AdminBootstrap(UserStore users, PasswordEncoder encoder, @Value("${accounts.admin-password}") String adminPassword) {
        this.users = users;
        this.encoder = encoder;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        NewUser admin = new NewUser("admin");
        admin.setPassword(encoder.encode(adminPassword));
        users.save(admin);
    }

    @Bean
    @Profile("dev")
    ApplicationRunner devUsers() {
        return args -> {
            NewUser dev = new NewUser("dev");
            dev.setPassword(encoder.encode("dev"));
            users.save(dev);
        };
    }
}
