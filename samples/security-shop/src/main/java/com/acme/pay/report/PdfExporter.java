package com.acme.pay.report;

import java.io.IOException;

/** VIOLATION security-process-exec: a shell command built from input. */
public class PdfExporter {
    public Process export(String file) throws IOException {
        return Runtime.getRuntime().exec(new String[] {"wkhtmltopdf", file});
    }
}
