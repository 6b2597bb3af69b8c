package com.acme.partners.notify;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

@Service
public class Reminders {
    private final Mailer mailer;
    private final Executor mailExecutor;

    public Reminders(Mailer mailer, @Qualifier("mailExecutor") Executor mailExecutor) {
        this.mailer = mailer;
        this.mailExecutor = mailExecutor;
    }

    /** One blocking SMTP task per partner on the common ForkJoinPool. */
    public void remindAll(List<String> partners) {
        partners.forEach(p -> CompletableFuture.runAsync(() -> mailer.remind(p)));
    }

    /** Trap: the same fan-out on an executor sized for it. */
    public void remindAllOnExecutor(List<String> partners) {
        for (String p : partners) {
            CompletableFuture.runAsync(() -> mailer.remind(p), mailExecutor);
        }
    }

    /** Trap: CPU work per element on the common pool is what it is for. */
    public List<CompletableFuture<Integer>> scores(List<String> partners) {
        return partners.stream().map(p -> CompletableFuture.supplyAsync(() -> p.trim().length())).collect(Collectors.toList());
    }
}
