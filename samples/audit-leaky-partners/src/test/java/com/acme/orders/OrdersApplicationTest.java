package com.acme.orders; class OrdersApplicationTest { }
