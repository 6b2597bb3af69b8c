package com.acme.accounts.log;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Look-alike for SE011: an aspect on controllers that logs only which method ran and how long it took. */
@Aspect
@Component
public class TimingAspect {
    private static final Logger log = LoggerFactory.getLogger(TimingAspect.class);

    @Around("@annotation(org.springframework.web.bind.annotation.PostMapping)")
    public Object time(ProceedingJoinPoint call) throws Throwable {
        long start = System.nanoTime();
        Object answer = call.proceed();
        log.debug("{} took {} us", call.getSignature().toShortString(), (System.nanoTime() - start) / 1000);
        return answer;
    }
}
