package com.acme.shop.service;

import com.acme.shop.persistence.OrderEntity;
import com.acme.shop.persistence.OrderRepository;
import com.acme.shop.web.OrderView;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

@Service
public class OrderService {
    // VIOLATION no-field-injection: an injected field instead of a constructor parameter.
    @Autowired
    private OrderRepository orders;

    public List<OrderEntity> all() {
        return orders.findAll();
    }

    // VIOLATION layers: the service layer reaches up into the web layer's view type.
    public OrderView view(long id) {
        return new OrderView(id);
    }
}
