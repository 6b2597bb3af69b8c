package com.acme.partners.notify;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

@Service
public class Mailer {
    private final JavaMailSender sender;

    public Mailer(JavaMailSender sender) {
        this.sender = sender;
    }

    public void remind(String partner) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(partner);
        message.setText("Your statement is ready.");
        sender.send(message);
    }
}
