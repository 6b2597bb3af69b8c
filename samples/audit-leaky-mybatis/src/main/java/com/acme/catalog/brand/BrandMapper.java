package com.acme.catalog.brand;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface BrandMapper {
    @Select("SELECT id, name, status FROM brand WHERE name LIKE CONCAT('%', #{keyword}, '%') ORDER BY id")
    List<Brand> search(@Param("keyword") String keyword);
}
