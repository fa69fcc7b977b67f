package fr.guichet.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.marcnuri.helm.TemplateCommand;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.openshift.api.model.monitoring.v1.Endpoint;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;

/**
 * The chart's optional features, all switched on by src/test/resources/helm/full-values.yaml: Ingress,
 * autoscaler, NetworkPolicy, ServiceMonitor, a registry and digest, JVM options and optional settings.
 */
class ChartFeaturesTest {

    private static Chart.Manifests full;

    @BeforeAll
    static void render() {
        full = Chart.render(Chart.FULL_VALUES);
    }

    @Test
    void exposesTheDeskThroughTheIngressAtTheHostOfThePublicUrl() {
        Ingress ingress = full.one(Ingress.class);
        Service service = full.one(Service.class);

        assertThat(ingress.getSpec().getRules()).singleElement().satisfies(rule -> {
            assertThat(rule.getHost()).isEqualTo("guichet.federation.example");
            assertThat(rule.getHttp().getPaths()).singleElement().satisfies(path -> {
                assertThat(path.getBackend().getService().getName()).isEqualTo(service.getMetadata().getName());
                assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http");
            });
        });
        assertThat(ingress.getSpec().getTls()).singleElement()
                .satisfies(tls -> assertThat(tls.getSecretName()).isEqualTo("guichet-tls"));
        assertThat(service.getSpec().getPorts()).extracting(port -> port.getTargetPort().getStrVal())
                .containsExactly("http", "management");
    }

    @Test
    void leavesThePortOfThePublicUrlOutOfTheIngressHost() {
        Ingress ingress = Chart.render(Chart.template(Chart.FULL_VALUES)
                .set("config.publicUrl", "https://guichet.federation.example:8443")).one(Ingress.class);

        assertThat(ingress.getSpec().getRules().get(0).getHost()).isEqualTo("guichet.federation.example");
    }

    @Test
    void leavesTheReplicaCountToTheAutoscalerWhenEnabled() {
        HorizontalPodAutoscaler autoscaler = full.one(HorizontalPodAutoscaler.class);
        Deployment deployment = full.one(Deployment.class);

        assertThat(deployment.getSpec().getReplicas()).isNull();
        assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
        assertThat(autoscaler.getSpec().getMinReplicas()).isEqualTo(2);
        assertThat(autoscaler.getSpec().getMaxReplicas()).isEqualTo(6);
        assertThat(autoscaler.getSpec().getMetrics()).singleElement()
                .satisfies(metric -> assertThat(metric.getResource().getTarget().getAverageUtilization()).isEqualTo(70));
    }

    @Test
    void admitsOnlyTheIngressControllerAndPrometheusAndReachesOnlyItsDependencies() {
        NetworkPolicy policy = full.one(NetworkPolicy.class);
        List<NetworkPolicyEgressRule> egress = policy.getSpec().getEgress();

        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        // The ingress controller reaches the API port only; Prometheus the management port only.
        assertThat(policy.getSpec().getIngress()).hasSize(2);
        assertThat(policy.getSpec().getIngress()).extracting(rule -> rule.getFrom().get(0).getNamespaceSelector()
                .getMatchLabels().get("kubernetes.io/metadata.name") + "->" + rule.getPorts().get(0).getPort()
                        .getStrVal())
                .containsExactly("ingress-nginx->http", "monitoring->management");
        assertThat(policy.getSpec().getIngress()).allSatisfy(rule -> {
            assertThat(rule.getFrom()).hasSize(1);
            assertThat(rule.getPorts()).hasSize(1);
        });
        assertThat(egress).anySatisfy(rule -> {
            assertThat(rule.getTo()).singleElement().satisfies(peer ->
                    assertThat(peer.getPodSelector().getMatchLabels()).containsEntry("k8s-app", "kube-dns"));
            assertThat(rule.getPorts()).extracting(port -> port.getPort().getIntVal() + "/" + port.getProtocol())
                    .containsExactlyInAnyOrder("53/UDP", "53/TCP");
        });
        assertEgress(egress, List.of("10.20.0.0/24"), List.of(5432));
        // The SMTP rule follows config.mailer.port (465 in the full values).
        assertEgress(egress, List.of("10.30.0.5/32"), List.of(465));
        assertEgress(egress, List.of("192.0.2.0/24"), List.of(443));
        assertEgress(egress, List.of("198.51.100.0/24", "203.0.113.0/24"), List.of(443, 8443));
        assertThat(egress).hasSize(5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://idp.federation.example/realms/guichet       | ''   | 443
            https://idp.federation.example:8443/realms/guichet  | ''   | 8443
            http://keycloak.idp.svc/realms/guichet              | ''   | 80
            http://keycloak.idp.svc:8080/realms/guichet         | ''   | 8080
            https://idp.federation.example:8443/realms/guichet  | 9443 | 9443
            """)
    void reachesTheIdentityProviderOnThePortOfItsIssuerUrlUnlessOneIsGiven(String authServerUrl, String port,
            int expected) {
        TemplateCommand command = Chart.template(Chart.FULL_VALUES).set("config.oidc.authServerUrl", authServerUrl);
        if (!port.isEmpty()) {
            command.set("networkPolicy.identityProvider.port", port);
        }

        assertEgress(Chart.render(command).one(NetworkPolicy.class).getSpec().getEgress(), List.of("192.0.2.0/24"),
                List.of(expected));
    }

    @Test
    void letsPrometheusScrapeTheQuarkusMetricsOfTheService() {
        ServiceMonitor monitor = full.one(ServiceMonitor.class);
        Service service = full.one(Service.class);
        Endpoint endpoint = monitor.getSpec().getEndpoints().get(0);

        assertThat(monitor.getMetadata().getLabels()).containsEntry("release", "kube-prometheus-stack");
        assertThat(service.getMetadata().getLabels()).containsAllEntriesOf(monitor.getSpec().getSelector().getMatchLabels());
        assertThat(endpoint.getPort()).isEqualTo("management");
        assertThat(endpoint.getPath()).isEqualTo("/q/metrics");
    }

    @Test
    void appliesTheFullValuesImageJvmAndOptionalSettings() {
        Container container = full.container();
        Map<String, String> config = full.one(ConfigMap.class).getData();

        assertThat(container.getImage()).isEqualTo("registry.federation.example/guichet/guichet"
                + "@sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945");
        assertThat(Chart.env(container, "JAVA_OPTS_APPEND").getValue())
                .endsWith("-XX:MaxRAMPercentage=70 -XX:+UseG1GC");
        assertThat(config).containsEntry("QUARKUS_MAILER_PORT", "465")
                .containsEntry("QUARKUS_MAILER_TLS", "true")
                .containsEntry("GUICHET_DELIVERY_EVERY", "10s")
                // Rate limits see each patient's address, as forwarded by the trusted ingress.
                .containsEntry("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true")
                .containsEntry("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true")
                .containsEntry("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "10.42.0.0/16");
        assertThat(container.getResources().getLimits().get("memory")).isEqualTo(new Quantity("768Mi"));
    }

    private static void assertEgress(List<NetworkPolicyEgressRule> egress, List<String> cidrs, List<Integer> ports) {
        assertThat(egress).as("egress to %s on %s", cidrs, ports).anySatisfy(rule -> {
            assertThat(rule.getTo()).extracting(peer -> peer.getIpBlock() == null ? null : peer.getIpBlock().getCidr())
                    .containsExactlyElementsOf(cidrs);
            assertThat(rule.getPorts()).extracting(port -> port.getPort().getIntVal())
                    .containsExactlyElementsOf(ports);
        });
    }
}
