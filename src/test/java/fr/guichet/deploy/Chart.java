package fr.guichet.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The chart in helm/guichet, linted and rendered by the Helm engine that helm-java embeds (no helm binary
 * needed), its manifests read with fabric8's Kubernetes model.
 */
final class Chart {

    static final Path DIRECTORY = Path.of("helm/guichet");
    static final Path REQUIRED_VALUES = Path.of("src/test/resources/helm/required-values.yaml");
    static final Path FULL_VALUES = Path.of("src/test/resources/helm/full-values.yaml");
    private static final String RELEASE = "guichet";

    /** helm-java's engine assumes Kubernetes 1.20 unless told, and the chart requires 1.25 or later. */
    private static final String KUBE_VERSION = "1.31.0";
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Chart() {
    }

    /** The manifests rendered with these values files, later files overriding earlier ones. */
    static Manifests render(Path... valuesFiles) {
        return render(template(valuesFiles));
    }

    static Manifests render(TemplateCommand command) {
        return new Manifests(parse(command.call()));
    }

    /** The `helm template` command with these values files, for a caller to add --set values or expect a failure. */
    static TemplateCommand template(Path... valuesFiles) {
        TemplateCommand command = new Helm(DIRECTORY).template()
                .withName(RELEASE)
                .withNamespace("guichet")
                .withKubeVersion(KUBE_VERSION);
        for (Path file : valuesFiles) {
            command = command.withValuesFile(file);
        }
        return command;
    }

    /** `helm lint --strict` of the chart as it is. */
    static LintResult lint() {
        return new Helm(DIRECTORY).lint().strict().call();
    }

    /**
     * `helm lint --strict` of a copy of the chart whose values.yaml has these YAML overrides merged in: the
     * lint command reads no values file but the chart's own.
     */
    static LintResult lintWith(Path workDirectory, String... overrides) {
        Path copy = workDirectory.resolve("guichet");
        copyTree(DIRECTORY, copy);
        Map<String, Object> values = yamlMap(read(DIRECTORY.resolve("values.yaml")));
        for (String override : overrides) {
            values = merged(values, yamlMap(override));
        }
        write(copy.resolve("values.yaml"), SERIALIZATION.asYaml(values));
        return new Helm(copy).lint().strict().call();
    }

    /** The container's variable of this name; fails when it has none. */
    static EnvVar env(Container container, String name) {
        return container.getEnv().stream().filter(variable -> variable.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in the container's env"));
    }

    static Map<String, Object> yamlMap(String yaml) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = SERIALIZATION.unmarshal(yaml, Map.class);
        return map == null ? new LinkedHashMap<>() : map;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Helm's merge of values: maps merge key by key, anything else is replaced. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> merged(Map<String, Object> base, Map<String, Object> override) {
        Map<String, Object> result = new LinkedHashMap<>(base);
        override.forEach((key, value) -> result.merge(key, value, (old, replacement) ->
                old instanceof Map && replacement instanceof Map
                        ? merged((Map<String, Object>) old, (Map<String, Object>) replacement)
                        : replacement));
        return result;
    }

    private static List<HasMetadata> parse(String yaml) {
        Object parsed = SERIALIZATION.unmarshal(yaml);
        if (parsed instanceof List<?> documents) {
            return documents.stream().map(HasMetadata.class::cast).toList();
        }
        return List.of((HasMetadata) parsed);
    }

    private static void copyTree(Path source, Path target) {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Files.copy(path, target.resolve(source.relativize(path).toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The objects of one rendering. */
    record Manifests(List<HasMetadata> objects) {

        /** The only object of this type; fails when there are none or several. */
        <T extends HasMetadata> T one(Class<T> type) {
            List<T> found = all(type);
            if (found.size() != 1) {
                throw new AssertionError("expected one " + type.getSimpleName() + ", rendered " + found.size());
            }
            return found.get(0);
        }

        private <T extends HasMetadata> List<T> all(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }

        List<String> kinds() {
            return objects.stream().map(HasMetadata::getKind).toList();
        }

        /** The application's container in the Deployment. */
        Container container() {
            return one(Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
        }
    }
}
