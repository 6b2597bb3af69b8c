package com.acme.catalog.brand;

import com.github.pagehelper.PageHelper;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class BrandServiceImpl implements BrandService {
    static final int MAX_PAGE_SIZE = 100;
    private final BrandMapper brands;

    public BrandServiceImpl(BrandMapper brands) {
        this.brands = brands;
    }

    /** The page size goes to PageHelper as the caller gave it. */
    @Override
    public List<Brand> search(String keyword, int pageNum, int pageSize) {
        PageHelper.startPage(pageNum, pageSize);
        return brands.search(keyword);
    }

    /** The same, capped. */
    @Override
    public List<Brand> searchCapped(String keyword, int pageNum, int pageSize) {
        PageHelper.startPage(pageNum, Math.min(pageSize, MAX_PAGE_SIZE));
        return brands.search(keyword);
    }
}
