package com.acme.partners; class PartnersApplicationTest { }
