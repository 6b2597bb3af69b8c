package com.acme.orders.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class OrderExporter {
    public void export(List<String> lines, Writer out) {
        System.out.println("exporting " + lines.size() + " orders");
        try {
            for (String line : lines) {
                out.write(line);
            }
        } catch (IOException e) {
            e.printStackTrace();
        }
        try {
            out.flush();
        } catch (IOException e) {
        }
        try {
            out.close();
        } catch (IOException ignored) {
        }
    }

    public static void main(String[] args) {
        System.out.println("usage: export FILE");
    }
}
