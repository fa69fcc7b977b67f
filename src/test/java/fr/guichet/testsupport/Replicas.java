package fr.guichet.testsupport;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Two replicas of a scheduled job, as production runs them: started at the same instant, on their own threads. */
public final class Replicas {

    private Replicas() {
    }

    /** Runs {@code job} on {@code count} threads released together; answers each run's result. */
    public static <T> List<T> runTogether(int count, Supplier<T> job) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(count);
        try {
            List<CompletableFuture<T>> runs = IntStream.range(0, count)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        ready.countDown();
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                        return job.get();
                    }, replicas)).toList();
            ready.await();
            start.countDown();
            return runs.stream().map(CompletableFuture::join).toList();
        } finally {
            replicas.shutdown();
        }
    }
}
