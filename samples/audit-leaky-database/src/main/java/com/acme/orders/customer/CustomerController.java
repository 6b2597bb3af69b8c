package com.acme.orders.customer;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CustomerController {
    private final CustomerService service;
    private final CustomerRepository customers;

    public CustomerController(CustomerService service, CustomerRepository customers) {
        this.service = service;
        this.customers = customers;
    }

    @GetMapping("/customers")
    public List<Customer> all() {
        return customers.findAll();
    }

    @GetMapping("/customers/all")
    public List<Customer> viaService() {
        return service.all();
    }
}
