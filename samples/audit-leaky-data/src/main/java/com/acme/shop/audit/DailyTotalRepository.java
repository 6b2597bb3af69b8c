package com.acme.shop.audit;

import java.util.List;
import org.springframework.data.repository.CrudRepository;

public interface DailyTotalRepository extends CrudRepository<DailyTotal, DailyTotalId> {
    /** Filters on _id.shop: no index serves it. */
    List<DailyTotal> findByIdShop(String shop);

}
