package com.acme.catalog.brand;

public class Brand {
    private Long id;
    private String name;
    private int status;
}
