package fr.guichet.request.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import fr.guichet.catalog.ProcessingService;
import fr.guichet.catalog.PublicProcessingView;
import fr.guichet.catalog.StudyService;
import fr.guichet.catalog.StudyView;
import fr.guichet.catalog.Right;
import fr.guichet.platform.security.StaffScope;
import fr.guichet.platform.web.PageRequest;
import fr.guichet.request.Action;
import fr.guichet.request.ActionCommand;
import fr.guichet.request.Channel;
import fr.guichet.request.ExtensionReason;
import fr.guichet.request.Filing;
import fr.guichet.request.LegalGround;
import fr.guichet.request.Outcome;
import fr.guichet.request.RequestLifecycle;
import fr.guichet.request.RequestService;
import fr.guichet.request.RequesterInput;
import fr.guichet.request.RequesterRole;
import fr.guichet.request.SubjectInput;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode only: a few requests in different states over the demo catalogue, so that a newcomer sees deadlines,
 * pauses, an extension, flags and partner events at once. Filed and moved through the real services, dated
 * relative to today, after the demo catalogue is loaded.
 */
@IfBuildProfile("dev")
public class DemoRequests {

    private static final Logger LOG = Logger.getLogger(DemoRequests.class);
    private static final String ACTOR = "demo";

    private final RequestService requests;
    private final RequestLifecycle lifecycle;
    private final ProcessingService processings;
    private final StudyService studies;
    private final Clock clock;

    DemoRequests(RequestService requests, RequestLifecycle lifecycle, ProcessingService processings,
            StudyService studies, Clock clock) {
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.processings = processings;
        this.studies = studies;
        this.clock = clock;
    }

    /** After the demo catalogue (observers with a lower priority run first). */
    void load(@Observes @Priority(3000) StartupEvent startup) {
        if (requests.anyFiled()) {
            return;
        }
        Map<String, UUID> processing = processings.listPublic(PageRequest.of(null, "200", 2)).items().stream()
                .collect(Collectors.toMap(PublicProcessingView::name, PublicProcessingView::id));
        Map<String, UUID> study = studies.list(PageRequest.of(null, "200", 2)).items().stream()
                .collect(Collectors.toMap(StudyView::code, StudyView::id));
        UUID weshare = processing.get("Entrepôt WeShare — qualité de vie");
        UUID odh = processing.get("OncoDataHub — données cliniques");
        UUID registry = processing.get("Registre des cancers du Bas-Rhin");
        if (weshare == null || odh == null || registry == null) {
            return;
        }

        file(weshare, Right.ACCESS, Channel.WEB, 3, null, null, "Claire Fontaine", null);

        UUID opposition = file(weshare, Right.OPPOSITION, Channel.WEB, 20, study.get("QOL-SEIN-2"), "QOL-0042",
                "Marc Lefèvre", null);
        act(opposition, Action.START, 19, null);
        act(opposition, Action.DECIDE, 15, command(Action.DECIDE).outcome(Outcome.GRANTED));
        act(opposition, Action.RESPOND, 14, null);

        UUID erasure = file(odh, Right.ERASURE, Channel.EMAIL, 12, study.get("ODH-POUMON-IO"), "IO-1187",
                "Sophie Marchand", null);
        act(erasure, Action.REQUEST_IDENTITY, 10, command(Action.REQUEST_IDENTITY)
                .reason("Deux patientes portent ce nom dans la cohorte."));

        UUID limitation = file(weshare, Right.LIMITATION, Channel.POST, 27, study.get("QOL-SEIN-2"), "QOL-0107",
                "Paul Girard", null);
        act(limitation, Action.START, 25, null);
        act(limitation, Action.EXTEND, 24, command(Action.EXTEND).extension(ExtensionReason.COMPLEXITY,
                "Vos données sont réparties dans plusieurs entrepôts."));

        // She wrote by post and gave no e-mail address: her letters are on the list of letters to print.
        UUID registryOpposition = file(registry, Right.OPPOSITION, Channel.POST, 6, null, null,
                new RequesterInput(RequesterRole.SELF, "Anne Muller", null, "4 rue des Juifs\n67000 Strasbourg"), null);
        act(registryOpposition, Action.START, 5, null);

        UUID refused = file(odh, Right.ERASURE, Channel.IN_PERSON, 35, study.get("ODH-POUMON-IO"), "IO-0921",
                "Jacques Bernard", "Louise Bernard");
        act(refused, Action.START, 33, null);
        act(refused, Action.DECIDE, 30, command(Action.DECIDE).outcome(Outcome.REFUSED)
                .refusal(LegalGround.ART_17_3_D, "L'effacement compromettrait gravement l'étude en cours."));
        LOG.info("Demo requests loaded: 6 requests in different states.");
    }

    private UUID file(UUID processingId, Right right, Channel channel, int daysAgo, UUID studyId, String code,
            String requester, String subject) {
        return file(processingId, right, channel, daysAgo, studyId, code, new RequesterInput(subject == null
                ? RequesterRole.SELF : RequesterRole.HEIR, requester,
                requester.toLowerCase().replace(' ', '.').replace("è", "e") + "@patient.example", null), subject);
    }

    private UUID file(UUID processingId, Right right, Channel channel, int daysAgo, UUID studyId, String code,
            RequesterInput who, String subject) {
        Filing filing = new Filing(List.of(processingId), right, who, subject == null ? null
                : new SubjectInput(subject), studyId, code, null, null, "fr", channel, daysAgo(daysAgo).minus(
                        Duration.ofHours(2)), false);
        return requests.file(filing, ACTOR).id();
    }

    private void act(UUID requestId, Action action, int daysAgo, Command command) {
        Command given = command == null ? command(action) : command;
        lifecycle.act(requestId, given.at(daysAgo(daysAgo)).build(), ACTOR, true, StaffScope.ALL);
    }

    private Instant daysAgo(int days) {
        return clock.instant().minus(Duration.ofDays(days));
    }

    private static Command command(Action action) {
        return new Command(action);
    }

    /** A small builder: the demo sets only a few of an action's fields. */
    private static final class Command {
        private final Action action;
        private Instant at;
        private String reason;
        private ExtensionReason reasonCode;
        private String reasonText;
        private Outcome outcome;
        private LegalGround legalGround;
        private String reasoning;

        Command(Action action) {
            this.action = action;
        }

        Command at(Instant instant) {
            this.at = instant;
            return this;
        }

        Command reason(String text) {
            this.reason = text;
            return this;
        }

        Command extension(ExtensionReason code, String text) {
            this.reasonCode = code;
            this.reasonText = text;
            return this;
        }

        Command outcome(Outcome decided) {
            this.outcome = decided;
            return this;
        }

        Command refusal(LegalGround ground, String why) {
            this.legalGround = ground;
            this.reasoning = why;
            return this;
        }

        ActionCommand build() {
            return new ActionCommand(action, at.atOffset(ZoneOffset.UTC), reason, reasonCode, reasonText, outcome,
                    legalGround, reasoning, null, null, null, null, null);
        }
    }
}
