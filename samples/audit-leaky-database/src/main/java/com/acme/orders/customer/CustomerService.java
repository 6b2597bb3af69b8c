package com.acme.orders.customer;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CustomerService {
    private final CustomerRepository customers;
    private final JdbcTemplate jdbc;

    public CustomerService(CustomerRepository customers, JdbcTemplate jdbc) {
        this.customers = customers;
        this.jdbc = jdbc;
    }

    public List<Customer> all() {
        return customers.findAll();
    }

    public List<Customer> byIds(List<Long> ids) {
        List<Customer> result = new ArrayList<>();
        for (Long id : ids) {
            result.add(customers.findById(id).orElseThrow());
        }
        return result;
    }

    public List<String> namesLike(String name) {
        String sql = "select name from customer where name like '" + name + "%'";
        return jdbc.queryForList(sql, String.class);
    }

    public int count(String table) {
        return jdbc.queryForObject("select count(*) from " + TABLE, Integer.class);
    }

    @Transactional
    private void merge(Customer from, Customer into) {
        customers.delete(from);
    }

    private static final String TABLE = "customer";
}
