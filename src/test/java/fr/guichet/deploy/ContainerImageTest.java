package fr.guichet.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import io.fabric8.kubernetes.api.model.Container;

/**
 * The image: src/main/docker/Dockerfile.jvm starts from a pinned base and runs as a non-root user, and the
 * chart deploys by default the very image that the Quarkus container-image build tags.
 */
class ContainerImageTest {

    private static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");

    @Test
    void dockerfileStartsFromAPinnedBaseImage() {
        List<String> bases = instructions("FROM");

        assertThat(bases).isNotEmpty().allSatisfy(base -> {
            // registry/name:tag or name@sha256:digest; a missing tag means "latest".
            assertThat(base).matches("\\S+(:[A-Za-z0-9_][A-Za-z0-9_.-]*|@sha256:[a-f0-9]{64})");
            assertThat(base).doesNotEndWith(":latest");
        });
    }

    @Test
    void dockerfileRunsTheApplicationAsTheNonRootUserOfTheChart() {
        List<String> users = instructions("USER");

        assertThat(users).isNotEmpty();
        String user = users.get(users.size() - 1);
        assertThat(user).isNotIn("root", "0").matches("\\d+");
        Long chartUser = container().getSecurityContext().getRunAsUser();
        assertThat(chartUser).isEqualTo(Long.parseLong(user));
    }

    @Test
    void chartDeploysTheImageThatTheContainerImageBuildTags() throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(Chart.read(Path.of("src/main/resources/application.properties"))));
        String version = pomVersion();
        Map<String, Object> chart = Chart.yamlMap(Chart.read(Chart.DIRECTORY.resolve("Chart.yaml")));

        // Without these keys the build would tag <user name>/guichet, or a tag other than the project version.
        assertThat(properties).containsKeys("quarkus.container-image.group", "quarkus.container-image.name")
                .doesNotContainKeys("quarkus.container-image.tag", "quarkus.container-image.registry");
        assertThat(chart).containsEntry("appVersion", version);
        assertThat(container().getImage()).isEqualTo(properties.getProperty("quarkus.container-image.group") + "/"
                + properties.getProperty("quarkus.container-image.name") + ":" + version);
    }

    private static Container container() {
        return Chart.render(Chart.REQUIRED_VALUES).container();
    }

    /** The arguments of every instruction of this name in the Dockerfile, flags such as --platform left out. */
    private static List<String> instructions(String name) {
        Pattern instruction = Pattern.compile("(?im)^\\s*" + name + "\\s+(?:--\\S+\\s+)*(\\S+)");
        return instruction.matcher(Chart.read(DOCKERFILE)).results().map(match -> match.group(1)).toList();
    }

    /** The project's own version: the version element directly under project. */
    private static String pomVersion() throws Exception {
        NodeList children = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile())
                .getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if ("version".equals(children.item(i).getNodeName())) {
                return children.item(i).getTextContent().trim();
            }
        }
        throw new AssertionError("pom.xml has no project version");
    }
}
