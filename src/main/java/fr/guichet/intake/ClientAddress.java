package fr.guichet.intake;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The client's IP address for rate limits. Behind a reverse proxy it comes from X-Forwarded-For only when
 * {@code quarkus.http.proxy.*} trusts that proxy (README, "Rate limits"); otherwise it is the peer address.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        return address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
    }
}
