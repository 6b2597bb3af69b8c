package com.acme.shop.notify;

import org.springframework.stereotype.Component;

/** Trap for RE010: calls the @Async method through the other bean's proxy. */
@Component
public class Notifier {
    private final Mailer mailer;

    public Notifier(Mailer mailer) {
        this.mailer = mailer;
    }

    public void orderShipped(String email) {
        mailer.send(email, "shipped");
    }
}
