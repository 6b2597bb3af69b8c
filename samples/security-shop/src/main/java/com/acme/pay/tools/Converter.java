package com.acme.pay.tools;

import java.io.IOException;

/** Clean counterpart: starts a process, but check.allowProcessIn allows this package. */
public class Converter {
    public Process convert(String file) throws IOException {
        return new ProcessBuilder("convert", file).start();
    }
}
