package fr.guichet.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;

/**
 * The chart's values: `helm lint` passes, values.schema.json refuses what would deploy a broken or leaky
 * desk, the templates refuse to render without a required value or with values that contradict each
 * other, and the chart's README.md documents every value.
 */
class ChartValuesTest {

    @TempDir
    Path work;

    @Test
    void passesStrictLintAsItIs() {
        assertPasses(Chart.lint());
    }

    @Test
    void passesStrictLintWithTheRequiredValues() {
        assertPasses(Chart.lintWith(work, Chart.read(Chart.REQUIRED_VALUES)));
    }

    @Test
    void passesStrictLintWithEveryFeatureEnabled() {
        assertPasses(Chart.lintWith(work, Chart.read(Chart.FULL_VALUES)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            replicaCount: "two"                                    | /replicaCount
            replicas: 3                                            | replicas
            config: {extraEnv: {GUICHET_DATA_KEY: c2VjcmV0}}       | invalid propertyName
            config: {mailer: {startTls: SOMETIMES}}                | /config/mailer/startTls
            config: {datasource: {jdbcUrl: "jdbc:mysql://db/g"}}   | /config/datasource/jdbcUrl
            secrets: {datasource: {password: hunter2}}             | /secrets/datasource
            config: {extraEnv: {QUARKUS_HTTP_PORT: "9090"}}        | invalid propertyName
            image: {digest: latest}                                | /image/digest
            config: {trustedProxies: "*"}                          | /config/trustedProxies
            config: {oidc: {authServerUrl: "idp.example/realms/g"}} | /config/oidc/authServerUrl
            config: {oidc: {sessionIdleTimeout: "half an hour"}}   | /config/oidc/sessionIdleTimeout
            config: {oidc: {staffRolesClaim: ""}}                  | /config/oidc/staffRolesClaim
            config: {jwt: {issuer: "https://idp.example"}}         | jwt
            secrets: {oidc: {clientSecret: hunter2}}               | /secrets/oidc
            config: {extraEnv: {QUARKUS_OIDC_CREDENTIALS_SECRET: hunter2}}             | invalid propertyName
            config: {extraEnv: {QUARKUS_OIDC_CREDENTIALS_CLIENT_SECRET_VALUE: hunter2}} | invalid propertyName
            config: {extraEnv: {GUICHET_STAFF_ROLES_CLAIM: roles}} | invalid propertyName
            networkPolicy: {identityProvider: {port: "https"}}     | /networkPolicy/identityProvider/port
            """)
    void schemaRejects(String values, String reported) {
        LintResult lint = Chart.lintWith(work, Chart.read(Chart.REQUIRED_VALUES), values);

        assertThat(lint.isFailed()).isTrue();
        assertThat(String.join("\n", lint.getMessages())).contains(reported);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            config: {oidc: {sessionIdleTimeout: PT1H30M}}
            config: {oidc: {sessionIdleTimeout: 45m}}
            config: {oidc: {sessionIdleTimeout: P1D}}
            config: {oidc: {authServerUrl: "http://keycloak.idp.svc:8080/realms/guichet"}}
            config: {oidc: {staffRolesClaim: roles}}
            networkPolicy: {identityProvider: {port: 8443}}
            """)
    void schemaAccepts(String values) {
        assertPasses(Chart.lintWith(work, Chart.read(Chart.REQUIRED_VALUES), values));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "config.publicUrl, config.publicUrl is required",
            "config.datasource.jdbcUrl, config.datasource.jdbcUrl is required",
            "config.mailer.from, config.mailer.from is required",
            "secrets.datasource.existingSecret, secrets.datasource.existingSecret is required",
            "secrets.dataKey.existingSecret, secrets.dataKey.existingSecret is required",
            "config.oidc.authServerUrl, config.oidc.authServerUrl is required",
            "config.oidc.clientId, config.oidc.clientId is required",
            "secrets.oidc.existingSecret, secrets.oidc.existingSecret is required"
    })
    void refusesToRenderWithoutARequiredValue(String value, String message) {
        assertThatThrownBy(() -> Chart.template(Chart.REQUIRED_VALUES).set(value, "").call())
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            networkPolicy.enabled=true                                      | networkPolicy.database.cidrs is empty
            networkPolicy.enabled=true,networkPolicy.database.cidrs[0]=10.20.0.0/24 | networkPolicy.identityProvider.cidrs is empty
            autoscaling.enabled=true,autoscaling.minReplicas=5              | must not exceed autoscaling.maxReplicas
            preStopSleepSeconds=30                                          | shorter than terminationGracePeriodSeconds
            """)
    void refusesValuesThatContradictEachOther(String settings, String message) {
        TemplateCommand command = Chart.template(Chart.REQUIRED_VALUES);
        for (String setting : settings.split(",")) {
            String[] keyAndValue = setting.split("=", 2);
            command.set(keyAndValue[0], keyAndValue[1]);
        }

        assertThatThrownBy(command::call).hasMessageContaining(message);
    }

    @Test
    void documentsEveryValueInTheChartReadme() {
        Set<String> documented = Pattern.compile("(?m)^\\| `([A-Za-z0-9.]+)` \\|")
                .matcher(Chart.read(Chart.DIRECTORY.resolve("README.md")))
                .results().map(match -> match.group(1)).collect(Collectors.toSet());
        List<String> undocumented = new ArrayList<>();
        collectUndocumented("", Chart.yamlMap(Chart.read(Chart.DIRECTORY.resolve("values.yaml"))), documented,
                undocumented);

        assertThat(documented).contains("replicaCount", "config.publicUrl");
        assertThat(undocumented).isEmpty();
    }

    /** A value is documented by a row of its own, or by the row of a map that contains it. */
    @SuppressWarnings("unchecked")
    private static void collectUndocumented(String prefix, Map<String, Object> values, Set<String> documented,
            List<String> undocumented) {
        values.forEach((key, value) -> {
            String path = prefix + key;
            if (documented.contains(path)) {
                return;
            }
            if (value instanceof Map<?, ?> map && !map.isEmpty()) {
                collectUndocumented(path + ".", (Map<String, Object>) map, documented, undocumented);
            } else {
                undocumented.add(path);
            }
        });
    }

    private static void assertPasses(LintResult lint) {
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }
}
