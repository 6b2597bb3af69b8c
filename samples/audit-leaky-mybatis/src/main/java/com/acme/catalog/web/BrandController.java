package com.acme.catalog.web;

import com.acme.catalog.brand.Brand;
import com.acme.catalog.brand.BrandService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class BrandController {
    private final BrandService service;

    public BrandController(BrandService service) {
        this.service = service;
    }

    /** pageSize goes through the service into PageHelper.startPage unbounded. */
    @GetMapping("/brands")
    public List<Brand> search(@RequestParam String keyword, @RequestParam(defaultValue = "1") Integer pageNum,
                              @RequestParam(defaultValue = "10") Integer pageSize) {
        return service.search(keyword, pageNum, pageSize);
    }

    /** The service caps it. */
    @GetMapping("/brands/capped")
    public List<Brand> searchCapped(@RequestParam String keyword, @RequestParam(defaultValue = "1") Integer pageNum,
                                    @RequestParam(defaultValue = "10") Integer pageSize) {
        return service.searchCapped(keyword, pageNum, pageSize);
    }
}
