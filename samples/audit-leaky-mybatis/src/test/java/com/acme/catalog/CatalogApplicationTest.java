package com.acme.catalog; class CatalogApplicationTest { }
