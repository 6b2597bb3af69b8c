package com.acme.accounts; class AccountsApplicationTest { }
