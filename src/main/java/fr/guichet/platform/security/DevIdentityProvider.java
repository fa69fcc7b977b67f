package fr.guichet.platform.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Obtains bearer tokens from the OpenID Connect provider that Quarkus runs in dev mode and tests (Dev Services for
 * OIDC), for any subject and roles, the way a person does it: through the provider's sign-in form ("custom user"),
 * then the authorization code exchange at its token endpoint. The tokens are signed by that provider, so the desk
 * verifies them exactly as it verifies a production provider's. Never used against a production provider.
 */
public final class DevIdentityProvider {

    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    /** The provider only echoes the redirect address back; nothing listens there. */
    private static final String REDIRECT = "http://localhost/dev-token?state=dev";

    private final URI issuer;
    private final String clientId;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public DevIdentityProvider(String issuer, String clientId) {
        this.issuer = URI.create(issuer.endsWith("/") ? issuer : issuer + "/");
        this.clientId = clientId;
    }

    /** An access token whose {@code sub} is the subject and whose {@code groups} are the roles. */
    public String accessToken(String subject, String... roles) {
        String location = post("login", Map.of("name", subject, "roles", String.join(",", roles),
                "response_type", "code", "client_id", clientId, "scope", "openid", "redirect_uri", REDIRECT))
                .headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("The dev identity provider did not redirect"));
        Matcher code = CODE.matcher(location);
        if (!code.find()) {
            throw new IllegalStateException("The dev identity provider returned no authorization code");
        }
        HttpResponse<String> answer = post("token", Map.of("grant_type", "authorization_code",
                "code", decoded(code.group(1)), "client_id", clientId, "redirect_uri", REDIRECT));
        Matcher token = ACCESS_TOKEN.matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("The dev identity provider answered " + answer.statusCode());
        }
        return token.group(1);
    }

    private HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(issuer.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("The dev identity provider cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking the dev identity provider for a token", e);
        }
    }

    private static String decoded(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
