package fr.guichet.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * What the chart renders: the defaults an operator gets with only the required values, and every optional
 * feature switched on (src/test/resources/helm). Protects the deployment contract of README.md
 * ("Configuration"): every required setting reaches the pod, secrets only by reference to existing Secrets.
 */
class HelmChartTest {

    private static Chart.Manifests defaults;
    private static Chart.Manifests full;

    @BeforeAll
    static void render() {
        defaults = Chart.render(Chart.REQUIRED_VALUES);
        full = Chart.render(Chart.FULL_VALUES);
    }

    static Stream<Named<Chart.Manifests>> renderings() {
        return Stream.of(Named.of("required values", defaults), Named.of("full values", full));
    }

    @Test
    void runsTwoReplicasWithProbesOnQuarkusHealthAndAMemoryLimit() {
        Deployment deployment = defaults.one(Deployment.class);
        Container container = defaults.container();

        assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
        // Health and metrics on their own port, which no Ingress routes to.
        assertThat(container.getPorts()).extracting(port -> port.getName() + ":" + port.getContainerPort())
                .containsExactly("http:8080", "management:9000");
        assertProbe(container.getStartupProbe().getHttpGet(), "/q/health/started");
        assertProbe(container.getLivenessProbe().getHttpGet(), "/q/health/live");
        assertProbe(container.getReadinessProbe().getHttpGet(), "/q/health/ready");
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
        // The heap is a share of the limit, so the JVM never outgrows its container.
        assertThat(Chart.env(container, "JAVA_OPTS_APPEND").getValue()).contains("-XX:MaxRAMPercentage=75");
    }

    @Test
    void runsAsNonRootOnAReadOnlyRootFilesystemWithAWritableTmp() {
        PodSpec pod = defaults.one(Deployment.class).getSpec().getTemplate().getSpec();
        Container container = pod.getContainers().get(0);
        SecurityContext security = container.getSecurityContext();

        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(185L);
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(security.getRunAsNonRoot()).isTrue();
        assertThat(security.getRunAsUser()).isEqualTo(185L);
        assertThat(security.getReadOnlyRootFilesystem()).isTrue();
        assertThat(security.getAllowPrivilegeEscalation()).isFalse();
        assertThat(security.getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(security.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        String tmp = container.getVolumeMounts().stream().filter(mount -> mount.getMountPath().equals("/tmp"))
                .findFirst().orElseThrow(() -> new AssertionError("nothing mounted at /tmp")).getName();
        assertThat(pod.getVolumes()).filteredOn(volume -> volume.getName().equals(tmp)).singleElement()
                .satisfies(volume -> assertThat(volume.getEmptyDir()).isNotNull());
    }

    @Test
    void keepsServiceLinkVariablesOutOfTheGuichetSettings() {
        // A Service named guichet would inject GUICHET_PORT, GUICHET_SERVICE_HOST… among the guichet.* settings.
        assertThat(defaults.one(Deployment.class).getSpec().getTemplate().getSpec().getEnableServiceLinks()).isFalse();
    }

    @Test
    void keepsOnePodThroughDisruptionsAndSpreadsPodsAcrossNodes() {
        Deployment deployment = defaults.one(Deployment.class);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        PodDisruptionBudget budget = defaults.one(PodDisruptionBudget.class);
        TopologySpreadConstraint spread = deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints()
                .get(0);

        assertThat(budget.getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
        assertThat(podLabels).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
        assertThat(spread.getTopologyKey()).isEqualTo("kubernetes.io/hostname");
        assertThat(spread.getWhenUnsatisfiable()).isEqualTo("ScheduleAnyway");
        assertThat(spread.getMaxSkew()).isEqualTo(1);
        assertThat(podLabels).containsAllEntriesOf(spread.getLabelSelector().getMatchLabels());
    }

    @Test
    void rendersTheOptionalObjectsOnlyWhenEnabled() {
        assertThat(defaults.kinds()).containsExactlyInAnyOrder(
                "ServiceAccount", "ConfigMap", "Service", "Deployment", "PodDisruptionBudget");
        assertThat(full.kinds()).containsExactlyInAnyOrder(
                "ServiceAccount", "ConfigMap", "Service", "Deployment", "PodDisruptionBudget",
                "Ingress", "HorizontalPodAutoscaler", "NetworkPolicy", "ServiceMonitor");
    }

    static Stream<Arguments> secretKeys() {
        return Stream.of(
                Arguments.of(Named.of("required values", defaults), "password", "data-key", "client-secret"),
                Arguments.of(Named.of("full values", full), "db-password", "guichet-data-key", "desk-client-secret"));
    }

    @ParameterizedTest
    @MethodSource("secretKeys")
    void givesSecretsOnlyByReferenceToExistingSecrets(Chart.Manifests manifests, String passwordKey, String dataKey,
            String clientSecretKey) {
        Container container = manifests.container();

        assertThat(manifests.kinds()).doesNotContain("Secret");
        assertSecretRef(Chart.env(container, "QUARKUS_DATASOURCE_PASSWORD"), "guichet-db", passwordKey);
        assertSecretRef(Chart.env(container, "GUICHET_DATA_KEY"), "guichet-data-key", dataKey);
        assertSecretRef(Chart.env(container, "QUARKUS_OIDC_CREDENTIALS_SECRET"), "guichet-oidc", clientSecretKey);
        assertThat(manifests.one(ConfigMap.class).getData()).doesNotContainKeys("QUARKUS_DATASOURCE_PASSWORD",
                "GUICHET_DATA_KEY", "QUARKUS_OIDC_CREDENTIALS_SECRET", "QUARKUS_MAILER_USERNAME",
                "QUARKUS_MAILER_PASSWORD");
    }

    @Test
    void namesTheOpenIdConnectProviderClientAndStaffSettingsInTheConfigMap() {
        // Staff sign in with the code flow at this issuer; the roles claim and idle timeout have defaults.
        assertThat(defaults.one(ConfigMap.class).getData())
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "https://idp.federation.example/realms/guichet")
                .containsEntry("QUARKUS_OIDC_CLIENT_ID", "guichet")
                .containsEntry("GUICHET_STAFF_ROLES_CLAIM", "groups")
                .containsEntry("GUICHET_STAFF_SESSION_IDLE_TIMEOUT", "PT30M")
                .doesNotContainKeys("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER");
        assertThat(full.one(ConfigMap.class).getData())
                .containsEntry("GUICHET_STAFF_ROLES_CLAIM", "roles")
                .containsEntry("GUICHET_STAFF_SESSION_IDLE_TIMEOUT", "PT15M");
    }

    @Test
    void trustsNoProxyUnlessOneIsNamed() {
        // A forged X-Forwarded-For must not choose the client address the rate limits count.
        assertThat(defaults.one(ConfigMap.class).getData()).doesNotContainKeys(
                "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES");
    }

    @Test
    void logsInToTheSmtpRelayOnlyWithASecretGiven() {
        Container withLogin = full.container();

        assertSecretRef(Chart.env(withLogin, "QUARKUS_MAILER_USERNAME"), "guichet-smtp", "username");
        assertSecretRef(Chart.env(withLogin, "QUARKUS_MAILER_PASSWORD"), "guichet-smtp", "password");
        assertThat(defaults.container().getEnv()).extracting(EnvVar::getName)
                .doesNotContain("QUARKUS_MAILER_USERNAME", "QUARKUS_MAILER_PASSWORD");
    }

    @ParameterizedTest
    @MethodSource("renderings")
    void passesEveryRequiredSettingOfTheReadmeToTheContainer(Chart.Manifests manifests) {
        Container container = manifests.container();
        ConfigMap config = manifests.one(ConfigMap.class);
        Set<String> given = new HashSet<>(config.getData().keySet());
        container.getEnv().forEach(variable -> given.add(variable.getName()));

        assertThat(container.getEnvFrom()).singleElement()
                .satisfies(from -> assertThat(from.getConfigMapRef().getName()).isEqualTo(config.getMetadata().getName()));
        assertThat(requiredSettings()).contains("QUARKUS_DATASOURCE_JDBC_URL", "GUICHET_DATA_KEY");
        assertThat(given).containsAll(requiredSettings());
    }

    /** The variables of the first table of README.md's "Configuration (production)" section. */
    static List<String> requiredSettings() {
        String readme = Chart.read(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Configuration (production)"));
        String table = section.substring(section.indexOf("| Variable |"), section.indexOf("\n\n", section.indexOf("| Variable |")));
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z0-9_]+)` \\|").matcher(table);
        return row.results().map(match -> match.group(1)).toList();
    }

    private static void assertProbe(HTTPGetAction probe, String path) {
        assertThat(probe.getPath()).isEqualTo(path);
        assertThat(probe.getPort().getStrVal()).isEqualTo("management");
    }

    private static void assertSecretRef(EnvVar variable, String secret, String key) {
        assertThat(variable.getValue()).as(variable.getName() + " has no literal value").isNull();
        SecretKeySelector reference = variable.getValueFrom().getSecretKeyRef();
        assertThat(reference.getName()).isEqualTo(secret);
        assertThat(reference.getKey()).isEqualTo(key);
    }
}
