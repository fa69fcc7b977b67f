package fr.guichet.desk.console;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.platform.config.GuichetConfig;

/** The console's addresses as e-mails to staff give them: absolute, on the desk's public URL. */
@ApplicationScoped
public class ConsoleLinks {

    private final GuichetConfig config;

    ConsoleLinks(GuichetConfig config) {
        this.config = config;
    }

    /** Where staff open a request: its page in the console (signing in first when needed). */
    public String request(UUID requestId) {
        return base() + "/desk/requests/" + requestId;
    }

    private String base() {
        String base = config.publicUrl().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
