package com.acme.accounts.log;

import java.util.Arrays;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.annotation.Pointcut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Logs every controller call with what it received and returned: login passwords and issued tokens included. */
@Aspect
@Component
public class RequestLogAspect {
    private static final Logger log = LoggerFactory.getLogger(RequestLogAspect.class);

    @Pointcut("within(@org.springframework.web.bind.annotation.RestController *)")
    void controllers() {
    }

    @Around("controllers()")
    public Object logCall(ProceedingJoinPoint call) throws Throwable {
        String arguments = Arrays.toString(call.getArgs());
        Object answer = call.proceed();
        StringBuilder line = new StringBuilder(call.getSignature().toShortString());
        line.append(" args=").append(arguments).append(" result=").append(answer);
        log.info(line.toString());
        return answer;
    }
}
