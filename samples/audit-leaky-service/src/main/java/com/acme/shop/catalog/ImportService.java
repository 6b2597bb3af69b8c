package com.acme.shop.catalog;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ImportService {
    private final ReviewRepository reviews;

    public ImportService(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    /** No transaction here, and importOne's is bypassed by the self-call. */
    public void importAll(List<Review> batch) {
        for (Review r : batch) {
            importOne(r);
        }
    }

    @Transactional
    public void importOne(Review r) {
        reviews.save(r);
    }
}
