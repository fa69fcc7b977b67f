package fr.guichet.request;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.arc.Arc;

/**
 * While an action is previewed ({@link RequestLifecycle#preview}), the letters it would write are kept here instead of
 * being sent; the preview's transaction is then rolled back, so nothing of the action remains.
 */
@RequestScoped
class LetterCapture {

    private List<RequesterNotice> captured;

    /** Whether the current call is a preview; false outside an HTTP call (scheduled jobs never preview). */
    static boolean active() {
        // Through the bean's methods: a field read on the injected client proxy would not reach this call's instance.
        return Arc.container().requestContext().isActive() && Arc.container().instance(LetterCapture.class).get()
                .capturing();
    }

    static void keep(RequesterNotice notice) {
        Arc.container().instance(LetterCapture.class).get().add(notice);
    }

    boolean capturing() {
        return captured != null;
    }

    void add(RequesterNotice notice) {
        captured.add(notice);
    }

    void start() {
        captured = new ArrayList<>();
    }

    List<RequesterNotice> stop() {
        List<RequesterNotice> notices = List.copyOf(captured);
        captured = null;
        return notices;
    }
}
