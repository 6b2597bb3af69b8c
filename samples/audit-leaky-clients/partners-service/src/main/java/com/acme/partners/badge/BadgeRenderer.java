package com.acme.partners.badge;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import org.springframework.stereotype.Service;

@Service
public class BadgeRenderer {
    private final URL font = getClass().getResource("/badge/DejaVuSans.ttf");

    /** Trap: a font inside the jar; opening it is no network call. */
    public byte[] fontBytes() throws IOException {
        try (InputStream in = font.openStream()) {
            return in.readAllBytes();
        }
    }

    /** Trap: a file on the local disk. */
    public byte[] template(File dir) throws IOException {
        try (InputStream in = new File(dir, "badge.svg").toURI().toURL().openStream()) {
            return in.readAllBytes();
        }
    }

    /** A partner's logo over the network, with no connect or read timeout. */
    public byte[] partnerLogo(String logoUrl) throws IOException {
        try (InputStream in = URI.create(logoUrl).toURL().openStream()) {
            return in.readAllBytes();
        }
    }
}
