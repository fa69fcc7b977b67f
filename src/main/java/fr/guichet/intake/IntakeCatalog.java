package fr.guichet.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.catalog.ProcessingService;
import fr.guichet.catalog.PublicProcessingView;
import fr.guichet.catalog.StudyService;
import fr.guichet.catalog.StudyView;
import fr.guichet.platform.web.Page;
import fr.guichet.platform.web.PageRequest;

/** What the public form offers: controllers, their processings, and the studies feeding them, by name. */
@ApplicationScoped
public class IntakeCatalog {

    private static final String PAGE = "200";

    private final ProcessingService processings;
    private final StudyService studies;

    IntakeCatalog(ProcessingService processings, StudyService studies) {
        this.processings = processings;
        this.studies = studies;
    }

    public record ControllerChoice(UUID id, String name) {
    }

    /** The controllers that have at least one processing, by name. */
    public List<ControllerChoice> controllers() {
        Map<UUID, ControllerChoice> controllers = new LinkedHashMap<>();
        for (PublicProcessingView processing : allProcessings()) {
            controllers.putIfAbsent(processing.controllerId(),
                    new ControllerChoice(processing.controllerId(), processing.controllerName()));
        }
        return controllers.values().stream().sorted(Comparator.comparing(ControllerChoice::name)).toList();
    }

    public List<PublicProcessingView> processingsOf(UUID controllerId) {
        return allProcessings().stream().filter(p -> p.controllerId().equals(controllerId)).toList();
    }

    public Optional<PublicProcessingView> processing(UUID id) {
        return allProcessings().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Studies feeding one of the controller's processings whose name contains {@code search} (accents ignored). */
    public List<StudyView> studies(UUID controllerId, String search) {
        List<UUID> ids = processingsOf(controllerId).stream().map(PublicProcessingView::id).toList();
        String needle = fold(search == null ? "" : search);
        return allStudies().stream()
                .filter(study -> study.processingIds().stream().anyMatch(ids::contains))
                .filter(study -> fold(study.name()).contains(needle))
                .toList();
    }

    public Optional<StudyView> study(UUID id) {
        return allStudies().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private List<PublicProcessingView> allProcessings() {
        List<PublicProcessingView> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<PublicProcessingView> page = processings.listPublic(PageRequest.of(cursor, PAGE, 2));
            all.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);
        return all;
    }

    private List<StudyView> allStudies() {
        List<StudyView> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<StudyView> page = studies.list(PageRequest.of(cursor, PAGE, 2));
            all.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);
        return all;
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .trim();
    }
}
