package com.acme.accounts.bootstrap;

import com.acme.accounts.bootstrap.UserStore.NewUser;
import org.springframework.boot.CommandLineRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates the demo accounts on every start, in every profile. */
@Component
public class DemoUsers implements CommandLineRunner {
    private final UserStore users;
    private final PasswordEncoder encoder;

    public DemoUsers(UserStore users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @Override
    public void run(String... args) {
        if (!users.exists("support")) {
            NewUser support = new NewUser("support");
            support.setPassword(encoder.encode("support-2024"));
            users.save(support);
        }
    }
}
