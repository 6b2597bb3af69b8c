package com.acme.accounts.bootstrap;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

@Component
public class UserStore {
    private final Set<String> names = ConcurrentHashMap.newKeySet();

    public boolean exists(String name) {
        return names.contains(name);
    }

    public void save(NewUser user) {
        names.add(user.name());
    }

    public static final class NewUser {
        private final String name;
        private String passwordHash;

        public NewUser(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        public void setPassword(String hash) {
            this.passwordHash = hash;
        }
    }
}
