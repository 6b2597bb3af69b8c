package com.acme.pay.service;

/** Clean counterpart: no logging API other than the one the service is given. */
public class PaymentService {
    private final AuditLog log = new AuditLog();

    public void pay(String id) {
        log.paid(id);
    }
}
