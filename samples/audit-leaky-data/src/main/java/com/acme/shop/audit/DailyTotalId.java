package com.acme.shop.audit;

import java.io.Serializable;
import java.time.LocalDate;

/** An embedded _id: the _id index matches the whole document, not its shop field alone. */
public class DailyTotalId implements Serializable {
    private String shop;
    private LocalDate day;
}
