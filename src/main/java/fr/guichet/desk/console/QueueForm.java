package fr.guichet.desk.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.guichet.catalog.ControllerView;
import fr.guichet.catalog.ProcessingView;
import fr.guichet.catalog.Right;
import fr.guichet.request.Channel;
import fr.guichet.request.RequestStatus;

/**
 * The queue's filter form as the staff member sent it: the raw values (kept as typed, so that a form with an error
 * comes back as it was), the choices each list offers, in words, and the error of a field, if any. The rules of each
 * value stay in {@code QueueFilter.parse}, which the page and the API share.
 */
public final class QueueForm {

    /** One entry of a list or of a set of boxes. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** The parameters the form sends, in its order. */
    static final List<String> FIELDS = List.of("q", "assignee", "status", "right", "controller", "processing",
            "channel", "overdue", "paused", "extended", "receivedFrom", "receivedTo", "dueBefore", "sort");

    private final Map<String, List<String>> values;
    private final Map<String, List<Choice>> choices = new LinkedHashMap<>();
    private final Map<String, String> errors = new HashMap<>();

    private QueueForm(Map<String, List<String>> values) {
        this.values = values;
    }

    static QueueForm of(Map<String, List<String>> parameters, List<ControllerView> controllers,
            List<ProcessingView> processings, QueueMessages words, Vocabulary vocabulary) {
        QueueForm form = new QueueForm(parameters);
        form.list("assignee", words.anyAssignee(), Map.of("mine", words.mine(), "unassigned", words.unassigned()));
        form.boxes("status", enumLabels(RequestStatus.values(), vocabulary::status));
        form.list("right", words.any(), enumLabels(Right.values(), vocabulary::right));
        Map<UUID, String> controllerNames = controllers.stream()
                .collect(Collectors.toMap(ControllerView::id, ControllerView::name));
        form.list("controller", words.any(), controllers.stream().collect(Collectors.toMap(c -> c.id().toString(),
                ControllerView::name, (a, b) -> a, LinkedHashMap::new)));
        // With several establishments, a processing's name alone may be ambiguous.
        form.list("processing", words.any(), processings.stream().collect(Collectors.toMap(p -> p.id().toString(),
                p -> controllers.size() > 1 ? p.name() + " (" + controllerNames.get(p.controllerId()) + ")"
                        : p.name(), (a, b) -> a, LinkedHashMap::new)));
        form.list("channel", words.any(), enumLabels(Channel.values(), vocabulary::channel));
        Map<String, String> yesNo = new LinkedHashMap<>();
        yesNo.put("true", words.yes());
        yesNo.put("false", words.no());
        for (String flag : List.of("overdue", "paused", "extended")) {
            form.list(flag, words.either(), yesNo);
        }
        Map<String, String> sorts = new LinkedHashMap<>();
        sorts.put("deadline", words.sort_deadline());
        sorts.put("received", words.sort_received());
        sorts.put("activity", words.sort_activity());
        form.list("sort", null, sorts);
        return form;
    }

    /** The first value sent for the field, as typed; empty when none. */
    public String value(String name) {
        return values.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst().orElse("");
    }

    public List<Choice> choices(String name) {
        return choices.getOrDefault(name, List.of());
    }

    /** The field's error in words; null when it has none. */
    public String error(String name) {
        return errors.get(name);
    }

    public List<String> fieldNames() {
        return FIELDS;
    }

    /** True when a filter besides the search box is set, or has an error: the form then shows them all. */
    public boolean refined() {
        return hasErrors() || FIELDS.stream().filter(name -> !name.equals("q")).anyMatch(name -> !value(name).isEmpty());
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    void fail(String name, String message) {
        errors.put(name, message);
    }

    /** A single-choice list: an empty "any" first (unless null), then the values; a value not offered is kept too. */
    private void list(String name, String any, Map<String, String> labels) {
        List<Choice> list = new ArrayList<>();
        String chosen = value(name);
        if (any != null) {
            list.add(new Choice("", any, chosen.isEmpty()));
        }
        labels.forEach((value, label) -> list.add(new Choice(value, label, value.equals(chosen))));
        if (!chosen.isEmpty() && !labels.containsKey(chosen)) {
            // A bookmarked or typed value the list does not offer: shown as sent, so that nothing is silently dropped.
            list.add(new Choice(chosen, chosen, true));
        }
        choices.put(name, list);
    }

    private void boxes(String name, Map<String, String> labels) {
        Set<String> chosen = values.getOrDefault(name, List.of()).stream().map(String::trim)
                .collect(Collectors.toSet());
        choices.put(name, labels.entrySet().stream()
                .map(entry -> new Choice(entry.getKey(), entry.getValue(), chosen.contains(entry.getKey()))).toList());
    }

    private static <E extends Enum<E>> Map<String, String> enumLabels(E[] values, Function<E, String> word) {
        return Arrays.stream(values).collect(Collectors.toMap(Enum::name, word, (a, b) -> a, LinkedHashMap::new));
    }
}
