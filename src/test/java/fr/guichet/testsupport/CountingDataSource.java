package fr.guichet.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.agroal.api.AgroalDataSource;

/**
 * In tests, the {@link DataSource} that code injects (the queue's statements, the statistics) is the pool behind a
 * proxy that counts the statements it executes; Hibernate takes its connections from the pool itself and is counted
 * by its own statistics. Nothing else changes: every call goes to the pool's objects as it is.
 */
public class CountingDataSource {

    private static final AtomicLong EXECUTED = new AtomicLong();

    /** How many statements the injected {@link DataSource}'s connections executed since the application started. */
    public static long executed() {
        return EXECUTED.get();
    }

    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    DataSource counting(AgroalDataSource pool) {
        return wrap(DataSource.class, pool);
    }

    /** The object behind a proxy of {@code type} that wraps the connections and statements it returns. */
    private static <T> T wrap(Class<T> type, Object target) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (Statement.class.isAssignableFrom(method.getDeclaringClass())
                    && method.getName().startsWith("execute")) {
                EXECUTED.incrementAndGet();
            }
            Object result;
            try {
                result = method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            Class<?> returned = method.getReturnType();
            boolean wrapped = returned.isInterface() && result != null
                    && (Connection.class.isAssignableFrom(returned) || Statement.class.isAssignableFrom(returned));
            return wrapped ? wrap(returned, result) : result;
        };
        return type.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] { type },
                handler));
    }
}
