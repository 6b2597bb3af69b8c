package com.acme.pay.service;

import java.util.logging.Logger;

/** VIOLATION no-java-util-logging: JUL without a Logger field. */
public class AuditLog {
    public void paid(String id) {
        Logger.getLogger("audit").info(id);
    }
}
