package com.acme.shop; class ShopApplicationTest { }
