package fr.guichet.request;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.guichet.catalog.Right;
import fr.guichet.platform.error.DomainException;

/**
 * Which requests the DPO's queue lists, and in which order. Every filter is optional and they combine with AND;
 * without a {@code status} filter the queue holds the requests that still owe an answer.
 *
 * @param assignee whose requests: a staff member, or nobody
 * @param referencePrefix an upper-case request reference or its beginning
 * @param email a requester's exact e-mail address, matched through its keyed hash
 */
public record QueueFilter(Set<RequestStatus> statuses, Set<Right> rights, Set<Channel> channels,
        Optional<UUID> controllerId, Optional<UUID> processingId, Optional<Assignee> assignee,
        Optional<LocalDate> dueBefore, Optional<Boolean> overdue, Optional<Boolean> paused,
        Optional<Boolean> extended, Optional<LocalDate> receivedFrom, Optional<LocalDate> receivedTo,
        Optional<String> referencePrefix, Optional<String> email, QueueSort sort) {

    /** The {@code assignee} values that are not subjects: the caller, and requests nobody has taken. */
    static final String MINE = "mine";
    static final String UNASSIGNED = "unassigned";

    private static final Pattern REFERENCE_PREFIX = Pattern.compile("[A-Z0-9-]{1,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern SUBJECT = Pattern.compile("\\S{1,255}");

    public QueueFilter {
        statuses = Set.copyOf(statuses);
        rights = Set.copyOf(rights);
        channels = Set.copyOf(channels);
    }

    /** A staff member's token subject; null for the requests nobody has taken. */
    public record Assignee(String subject) {
        static final Assignee NOBODY = new Assignee(null);
    }

    /**
     * Reads the query parameters (each a list, for the repeatable ones); {@code caller} is the token subject that
     * {@code assignee=mine} stands for. A malformed value is a 400 naming its parameter.
     */
    public static QueueFilter parse(Map<String, List<String>> parameters, String caller) {
        Function<String, Optional<String>> single = name -> Optional.ofNullable(parameters.get(name))
                .flatMap(values -> values.stream().filter(value -> !value.isBlank()).findFirst()).map(String::trim);
        Set<RequestStatus> statuses = enums(parameters, "status", RequestStatus.class);
        if (statuses.isEmpty()) {
            statuses = EnumSet.copyOf(Arrays.stream(RequestStatus.values()).filter(RequestStatus::awaitsAnswer)
                    .toList());
        }
        Optional<LocalDate> receivedFrom = single.apply("receivedFrom").map(value -> date("receivedFrom", value));
        Optional<LocalDate> receivedTo = single.apply("receivedTo").map(value -> date("receivedTo", value));
        if (receivedFrom.isPresent() && receivedTo.isPresent() && receivedFrom.get().isAfter(receivedTo.get())) {
            throw DomainException.invalidInput("receivedTo", "must not be before receivedFrom");
        }
        Optional<String> q = single.apply("q");
        boolean byEmail = q.filter(text -> text.contains("@")).isPresent();
        return new QueueFilter(statuses, enums(parameters, "right", Right.class),
                enums(parameters, "channel", Channel.class),
                single.apply("controller").map(value -> uuid("controller", value)),
                single.apply("processing").map(value -> uuid("processing", value)),
                single.apply("assignee").map(value -> assignee(value, caller)),
                single.apply("dueBefore").map(value -> date("dueBefore", value)),
                single.apply("overdue").map(value -> bool("overdue", value)),
                single.apply("paused").map(value -> bool("paused", value)),
                single.apply("extended").map(value -> bool("extended", value)),
                receivedFrom, receivedTo,
                q.filter(text -> !byEmail).map(QueueFilter::referencePrefix),
                q.filter(text -> byEmail).map(QueueFilter::email),
                QueueSort.parse(single.apply("sort").orElse(null)));
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, List<String>> parameters, String name,
            Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String value : parameters.getOrDefault(name, List.of())) {
            if (value.isBlank()) {
                continue;
            }
            try {
                values.add(Enum.valueOf(type, value.trim()));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalidInput(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        return values;
    }

    private static Assignee assignee(String value, String caller) {
        if (MINE.equals(value)) {
            return new Assignee(caller);
        }
        if (UNASSIGNED.equals(value)) {
            return Assignee.NOBODY;
        }
        if (!SUBJECT.matcher(value).matches()) {
            throw DomainException.invalidInput("assignee", "must be a staff member's subject, mine or unassigned");
        }
        return new Assignee(value);
    }

    private static String referencePrefix(String text) {
        String reference = text.toUpperCase(Locale.ROOT);
        if (!REFERENCE_PREFIX.matcher(reference).matches()) {
            throw DomainException.invalidInput("q", "must be a request reference (or its beginning) or an e-mail "
                    + "address");
        }
        return reference;
    }

    private static String email(String text) {
        if (text.length() > 254 || !EMAIL.matcher(text).matches()) {
            throw DomainException.invalidInput("q", "must be a request reference (or its beginning) or an e-mail "
                    + "address");
        }
        return text;
    }

    private static UUID uuid(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidInput(name, "must be a UUID");
        }
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.invalidInput(name, "must be a date YYYY-MM-DD");
        }
    }

    private static boolean bool(String name, String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw DomainException.invalidInput(name, "must be true or false");
        };
    }
}
