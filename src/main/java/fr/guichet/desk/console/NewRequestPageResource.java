package fr.guichet.desk.console;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import fr.guichet.catalog.CatalogDirectory;
import fr.guichet.catalog.ControllerView;
import fr.guichet.catalog.ProcessingView;
import fr.guichet.catalog.Right;
import fr.guichet.desk.documents.DocumentRefusal;
import fr.guichet.desk.documents.ResponseDocuments;
import fr.guichet.platform.error.DomainException;
import fr.guichet.platform.security.CallerScope;
import fr.guichet.platform.security.CurrentActor;
import fr.guichet.platform.security.Roles;
import fr.guichet.platform.web.staff.StaffCsrf;
import fr.guichet.platform.web.staff.StaffPages;
import fr.guichet.request.Channel;
import fr.guichet.request.IdentityViews;
import fr.guichet.request.RequestView;
import fr.guichet.request.RequesterRole;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Back-office entry (`/desk/requests/new`): a request that arrived by post, e-mail, telephone or in person, with its
 * original receipt time in the establishment's zone and, when there is one, the scan of its letter. It is filed by the
 * API's service, with the API's validation, for the staff member's own establishments only.
 */
@Path("/desk/requests/new")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.DPO)
public class NewRequestPageResource {

    /** The channels of back-office entry: web filings come in through the public form. */
    private static final List<Channel> CHANNELS = List.of(Channel.POST, Channel.EMAIL, Channel.PHONE,
            Channel.IN_PERSON);

    @CheckedTemplate(basePath = "desk")
    static class Templates {
        static native TemplateInstance newRequest(Form form, String otherLanguageUrl, boolean signedIn);
    }

    /** The form's file field: the scan of the letter, kept as a document of the request. */
    static final String SCAN = "scan";

    /**
     * The form as the page shows it: choices in words, what was typed, and why it was refused. {@code scanLost}: a
     * scan was chosen but the form came back, and a browser never fills a file field again.
     */
    record Form(String csrf, List<RequestPage.Option> processings, List<String> chosen, List<RequestPage.Option> rights,
            List<RequestPage.Option> channels, List<RequestPage.Option> roles, List<RequestPage.Option> studies,
            Map<String, String> values, Map<String, String> errors, boolean scanLost) {

        /** The file types of the scan field, as its {@code accept} attribute takes them (the documents' rule). */
        public String accept() {
            return ResponseDocuments.acceptedExtensions();
        }

        /** The same types for people: "CSV, JSON, PDF, XML, ZIP". */
        public String types() {
            return ResponseDocuments.acceptedExtensions().replace(".", "").replace(",", ", ").toUpperCase(Locale.ROOT);
        }

        public int maxMebibytes() {
            return ResponseDocuments.MAX_MEBIBYTES;
        }

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public String error(String field) {
            return errors.get(field);
        }

        public boolean isChosen(String processingId) {
            return chosen.contains(processingId);
        }
    }

    private final CatalogDirectory catalog;
    private final BackOfficeEntry entry;
    private final IdentityViews identityViews;
    private final CallerScope scope;
    private final CurrentActor actor;
    private final StaffCsrf csrf;
    private final Validator validator;

    NewRequestPageResource(CatalogDirectory catalog, BackOfficeEntry entry, IdentityViews identityViews,
            CallerScope scope, CurrentActor actor, StaffCsrf csrf, Validator validator) {
        this.catalog = catalog;
        this.entry = entry;
        this.identityViews = identityViews;
        this.scope = scope;
        this.actor = actor;
        this.csrf = csrf;
        this.validator = validator;
    }

    @GET
    public Response form(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = StaffPages.language(lang, headers);
        return page(language, Response.Status.OK, Map.of("language", language, "channel", Channel.POST.name(),
                "role", RequesterRole.SELF.name()), List.of(), Map.of(), false);
    }

    /**
     * Files the request, with the scan of its letter when one was chosen. Everything is checked first, the scan by
     * the documents' own rule; then the request and its scan are written together.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response file(MultipartFormDataInput input, @Context HttpHeaders headers) throws IOException {
        String language = StaffPages.language(null, headers);
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        FormValue file = null;
        for (Map.Entry<String, Collection<FormValue>> field : input.getValues().entrySet()) {
            for (FormValue value : field.getValue()) {
                if (!value.isFileItem()) {
                    form.add(field.getKey(), value.getValue());
                } else if (SCAN.equals(field.getKey())) {
                    file = value;
                }
            }
        }
        csrf.check(actor.subject(), form.getFirst(StaffCsrf.FIELD));
        NewRequestMessages m = messages(language);
        List<ProcessingView> offered = offered();
        NewRequestForm.Parsed parsed = NewRequestForm.parse(form, offered, zones(offered), validator, m);
        Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
        // An empty file field still sends a part: no name, no bytes.
        boolean scanChosen = file != null && !(isBlank(file.getFileName()) && file.getFileItem().getFileSize() == 0);
        BackOfficeEntry.Scan scan = null;
        if (scanChosen) {
            String type = mediaType(file);
            Optional<DocumentRefusal> refusal = ResponseDocuments.refusal(type,
                    file.getFileItem().getFileSize());
            if (refusal.isPresent()) {
                errors.put(SCAN, refused(refusal.get(), m));
            } else {
                try (InputStream content = file.getFileItem().getInputStream()) {
                    scan = new BackOfficeEntry.Scan(type, content.readAllBytes());
                }
            }
        }
        if (!errors.isEmpty()) {
            return page(language, Response.Status.BAD_REQUEST, parsed.values(), parsed.processingIds(), errors,
                    scanChosen);
        }
        RequestView filed;
        try {
            filed = identityViews.traced(entry.file(parsed.filing().toFiling(), scan, actor.subject(), scope.get()),
                    actor.subject());
        } catch (DomainException e) {
            Map<String, String> refused = e.violations().isEmpty() ? Map.of("form", e.getMessage())
                    : e.violations().stream().collect(Collectors.toMap(v -> NewRequestForm.field(v.field()),
                            v -> v.message(), (a, b) -> a));
            return page(language, Response.Status.BAD_REQUEST, parsed.values(), parsed.processingIds(), refused,
                    scanChosen);
        }
        return Response.seeOther(URI.create("/desk/requests/" + filed.id() + "?done=FILED")).build();
    }

    /** The part's media type without its parameters; empty when the browser sent none. */
    private static String mediaType(FormValue file) {
        String type = file.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        return ResponseDocuments.essence(type);
    }

    private static String refused(DocumentRefusal refusal, NewRequestMessages m) {
        return switch (refusal) {
            case TYPE_NOT_ACCEPTED -> m.scanType(ResponseDocuments.acceptedExtensions().replace(".", "").replace(",", ", ")
                    .toUpperCase(Locale.ROOT));
            case EMPTY -> m.scanEmpty();
            case TOO_LARGE -> m.scanTooLarge(ResponseDocuments.MAX_MEBIBYTES);
        };
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private Response page(String language, Response.Status status, Map<String, String> values,
            List<String> chosen, Map<String, String> errors, boolean scanLost) {
        Vocabulary words = Vocabulary.of(language);
        List<ProcessingView> offered = offered();
        Map<UUID, String> controllers = catalog.controllersIn(scope.get().filter()).stream()
                .collect(Collectors.toMap(ControllerView::id, ControllerView::name));
        Form form = new Form(csrf.token(actor.subject()),
                offered.stream().map(p -> new RequestPage.Option(p.id().toString(),
                        p.name() + " — " + controllers.get(p.controllerId()))).toList(),
                chosen,
                Arrays.stream(Right.values()).map(r -> new RequestPage.Option(r.name(), words.right(r))).toList(),
                CHANNELS.stream().map(c -> new RequestPage.Option(c.name(), words.channel(c))).toList(),
                Arrays.stream(RequesterRole.values())
                        .map(r -> new RequestPage.Option(r.name(), words.requesterRole(r))).toList(),
                catalog.studiesFeeding(offered.stream().map(ProcessingView::id).toList()).stream()
                        .map(s -> new RequestPage.Option(s.id().toString(), s.name() + " (" + s.code() + ")"))
                        .toList(),
                values, errors, scanLost);
        return StaffPages.html(status, Templates.newRequest(form,
                StaffPages.otherLanguageUrl("/desk/requests/new", language), true), language);
    }

    /** The processings of the establishments the staff member answers for. */
    private List<ProcessingView> offered() {
        return catalog.processingsIn(scope.get().filter());
    }

    private Map<UUID, ZoneId> zones(List<ProcessingView> offered) {
        return catalog.controllers(offered.stream().map(ProcessingView::controllerId).distinct().toList()).values()
                .stream().collect(Collectors.toMap(ControllerView::id, c -> ZoneId.of(c.timeZone()),
                        (a, b) -> a));
    }

    static NewRequestMessages messages(String language) {
        return MessageBundles.get(NewRequestMessages.class, Localized.Literal.of(language));
    }
}
