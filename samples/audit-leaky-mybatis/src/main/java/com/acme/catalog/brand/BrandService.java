package com.acme.catalog.brand;

import java.util.List;

public interface BrandService {
    List<Brand> search(String keyword, int pageNum, int pageSize);

    List<Brand> searchCapped(String keyword, int pageNum, int pageSize);
}
