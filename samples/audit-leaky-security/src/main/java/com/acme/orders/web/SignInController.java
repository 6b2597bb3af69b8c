package com.acme.orders.web;

import com.acme.orders.account.SignInCodes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The shop's own password login; nothing in this project limits how often it can be tried. */
@RestController
@RequestMapping("/account")
public class SignInController {
    private final SignInCodes codes;

    public SignInController(SignInCodes codes) {
        this.codes = codes;
    }

    // planted: a password login anyone may call as fast as they like
    @RequestMapping(value = "/login", method = RequestMethod.POST)
    public String login(@RequestParam String username, @RequestParam String password) {
        return codes.generateLoginCode();
    }

    // not a login: a GET of the login page's settings, and a path that only ends in the letters "login"
    @GetMapping("/login")
    public String loginOptions() {
        return "password";
    }

    @PostMapping("/catalogin")
    public String catalogue() {
        return "catalogue";
    }
}
