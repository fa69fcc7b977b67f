package fr.guichet.platform.web.staff;

import io.vertx.ext.web.RoutingContext;

/** Tells a person's browser asking for a page from an API client: the browser names HTML in its Accept header. */
public final class StaffBrowsers {

    private StaffBrowsers() {
    }

    public static boolean isBrowserPage(RoutingContext routing) {
        String path = routing.normalizedPath();
        String accept = routing.request().getHeader("Accept");
        return !path.startsWith("/api/") && !path.startsWith("/q/") && accept != null && accept.contains("text/html");
    }
}
