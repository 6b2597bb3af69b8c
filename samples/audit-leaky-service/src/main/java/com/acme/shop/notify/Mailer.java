package com.acme.shop.notify;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

@Component
public class Mailer {
    public void welcome(String email) {
        send(email, "welcome");
    }

    @Async
    public void send(String email, String template) {
        deliver(email);
    }

    @Async
    private void deliver(String email) {
        // talk to the mail server
    }
}
