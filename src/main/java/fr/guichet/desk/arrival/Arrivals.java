package fr.guichet.desk.arrival;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.audit.AuditEntry;
import fr.guichet.audit.AuditLog;
import fr.guichet.catalog.CatalogDirectory;
import fr.guichet.catalog.ControllerView;
import fr.guichet.catalog.PartnerService;
import fr.guichet.desk.arrival.ArrivalStore.Arrival;
import fr.guichet.desk.arrival.ArrivalStore.Source;
import fr.guichet.desk.arrival.ArrivalStore.Unsent;
import fr.guichet.desk.arrival.ArrivalStore.Waiting;
import fr.guichet.desk.console.ConsoleLinks;
import fr.guichet.desk.staff.StaffDirectory;
import fr.guichet.platform.security.CurrentActor;
import fr.guichet.propagation.delivery.FailedDeliveries;
import fr.guichet.request.RequesterActivity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Tells staff of work arriving (docs/reminders.md, "Arrivals"): a confirmed web filing, a requester's answer or
 * withdrawal, a partner delivery that failed for good. A run first notices new facts from request history and
 * webhook delivery, recording each once with its recipients, then sends: every notice at once, or each recipient's
 * digest when due. Safe with any number of replicas, with no state in memory: each batch is one transaction that
 * first takes a PostgreSQL advisory lock, each fact is a row inserted with ON CONFLICT DO NOTHING, and a notice is
 * marked sent in the transaction that queues its e-mail.
 */
@ApplicationScoped
public class Arrivals {

    private final ArrivalStore store;
    private final ArrivalMails mails;
    private final RequesterActivity requesterActivity;
    private final FailedDeliveries failedDeliveries;
    private final StaffDirectory staff;
    private final CatalogDirectory catalog;
    private final PartnerService partners;
    private final ConsoleLinks links;
    private final AuditLog audit;
    private final Clock clock;
    private final ArrivalConfig config;

    Arrivals(ArrivalStore store, ArrivalMails mails, RequesterActivity requesterActivity,
            FailedDeliveries failedDeliveries, StaffDirectory staff, CatalogDirectory catalog, PartnerService partners,
            ConsoleLinks links, AuditLog audit, Clock clock, ArrivalConfig config) {
        this.store = store;
        this.mails = mails;
        this.requesterActivity = requesterActivity;
        this.failedDeliveries = failedDeliveries;
        this.staff = staff;
        this.catalog = catalog;
        this.partners = partners;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "${guichet.arrivals.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void announce() {
        runOnce();
    }

    /** Notices new arrivals and sends what is due in the configured mode; returns how many e-mails were queued. */
    public int runOnce() {
        return run(config.mode(), clock.instant());
    }

    /** One run as of {@code now}, in {@code mode}: tests pass both rather than waiting. */
    int run(ArrivalMode mode, Instant at) {
        // As precise as timestamptz, so that an instant read back compares equal to the one written.
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        Run run = new Run(UUID.randomUUID().toString(), now);
        notice(run, Source.REQUESTER_STEPS, RequesterActivity.Step::recordedAt,
                (from, last) -> requesterActivity.since(from, last == null ? null
                        : new RequesterActivity.Position(last.recordedAt(), last.requestId(), last.seq()),
                        config.batchSize()),
                step -> {
                    UUID id = UUID.randomUUID();
                    return store.recordStep(id, ArrivalRules.kindOf(step), step, now)
                            ? new Recorded(id, step.controllerId()) : null;
                });
        notice(run, Source.FAILED_DELIVERIES, FailedDeliveries.Failure::failedAt,
                (from, last) -> failedDeliveries.since(from, last == null ? null
                        : new FailedDeliveries.Position(last.failedAt(), last.eventId()), config.batchSize()),
                failure -> {
                    UUID id = UUID.randomUUID();
                    return store.recordFailure(id, failure, now) ? new Recorded(id, failure.controllerId()) : null;
                });
        if (mode == ArrivalMode.IMMEDIATE) {
            sendEach(run);
        } else {
            sendDigests(run);
        }
        return run.queued;
    }

    /**
     * Reads one source from a little before where the last run stopped, batch by batch, recording each new fact and
     * its recipients. {@code record} answers what it recorded, or null for a fact recorded before.
     */
    private <F> void notice(Run run, Source source, Function<F, Instant> at, BiFunction<Instant, F, List<F>> fetch,
            Function<F, Recorded> record) {
        Instant from = ArrivalRules.readFrom(QuarkusTransaction.requiringNew().call(() -> store.readTo(source)),
                run.now);
        F last = null;
        while (!run.yielded) {
            F after = last;
            List<F> facts = QuarkusTransaction.requiringNew().call(() -> {
                if (!store.tryLock()) {
                    run.yielded = true;
                    return List.<F>of();
                }
                List<F> batch = fetch.apply(from, after);
                recordAll(batch, record);
                if (!batch.isEmpty()) {
                    store.advance(source, at.apply(batch.get(batch.size() - 1)));
                }
                return batch;
            });
            if (facts.size() < config.batchSize()) {
                return;
            }
            last = facts.get(facts.size() - 1);
        }
    }

    private <F> void recordAll(List<F> facts, Function<F, Recorded> record) {
        for (F fact : facts) {
            Recorded recorded = record.apply(fact);
            if (recorded != null) {
                ArrivalRules.recipients(staff.addressableFor(recorded.controller()), recorded.controller())
                        .forEach(recipient -> store.addNotice(recorded.arrival(), recipient));
            }
        }
    }

    /** A fact this run recorded: the arrival's id and the controller whose staff hear of it. */
    private record Recorded(UUID arrival, UUID controller) {
    }

    /** Immediate mode: one e-mail per notice, oldest first, batch by batch. */
    private void sendEach(Run run) {
        while (!run.yielded) {
            int handled = QuarkusTransaction.requiringNew().call(() -> {
                if (!store.tryLock()) {
                    run.yielded = true;
                    return 0;
                }
                List<Unsent> unsent = store.unsent(config.batchSize());
                Set<String> told = new TreeSet<>();
                for (Unsent notice : unsent) {
                    Arrival arrival = notice.arrival();
                    ControllerView controller = run.controller(catalog, arrival.controllerId());
                    boolean dpoContact = ArrivalRules.dpoContactOf(notice.recipient()).isPresent();
                    UUID mail = mails.queue(address(notice.recipient(), controller),
                            mail(run, arrival, dpoContact), controller.language());
                    store.markSent(List.of(arrival.id()), notice.recipient(), mail);
                    told.add(arrival.reference() + ":" + arrival.kind());
                }
                audit(run, unsent.size(), told);
                return unsent.size();
            });
            run.queued += handled;
            if (handled < config.batchSize()) {
                return;
            }
        }
    }

    /** Digest mode: one e-mail per recipient whose digest is due, with everything they have still to hear of. */
    private void sendDigests(Run run) {
        String after = null;
        while (!run.yielded) {
            String from = after;
            List<Waiting> waiting = QuarkusTransaction.requiringNew().call(() -> {
                if (!store.tryLock()) {
                    run.yielded = true;
                    return List.<Waiting>of();
                }
                List<Waiting> batch = store.waiting(from, config.batchSize());
                Set<String> told = new TreeSet<>();
                int queued = 0;
                for (Waiting recipient : batch) {
                    if (ArrivalRules.digestDue(recipient.previousDigest(), recipient.oldestNoticedAt(), run.now,
                            config.digestEvery())) {
                        digest(run, recipient.recipient(), told);
                        queued++;
                    }
                }
                audit(run, queued, told);
                run.queued += queued;
                return batch;
            });
            if (waiting.size() < config.batchSize()) {
                return;
            }
            after = waiting.get(waiting.size() - 1).recipient();
        }
    }

    private void digest(Run run, String recipient, Set<String> told) {
        List<Arrival> arrivals = store.unsentFor(recipient);
        boolean dpoContact = ArrivalRules.dpoContactOf(recipient).isPresent();
        // A digest may span controllers (a federation DPO): it speaks the language of its oldest arrival's.
        ControllerView first = run.controller(catalog, arrivals.get(0).controllerId());
        List<ArrivalMail> lines = new ArrayList<>();
        for (Arrival arrival : arrivals) {
            lines.add(mail(run, arrival, dpoContact));
            told.add(arrival.reference() + ":" + arrival.kind());
        }
        List<ArrivalDigest.Count> counts = ArrivalRules.counts(arrivals.stream().map(Arrival::kind).toList())
                .entrySet().stream().map(count -> new ArrivalDigest.Count(count.getKey(), count.getValue())).toList();
        UUID mail = mails.queueDigest(address(recipient, first), new ArrivalDigest(arrivals.size(), counts, lines,
                dpoContact), first.language());
        store.markSent(arrivals.stream().map(Arrival::id).toList(), recipient, mail);
        store.digestSent(recipient, run.now);
    }

    private ArrivalMail mail(Run run, Arrival arrival, boolean dpoContact) {
        ControllerView controller = run.controller(catalog, arrival.controllerId());
        String partner = arrival.partnerId() == null ? null
                : run.partnerNames.computeIfAbsent(arrival.partnerId(), id -> partners.get(id).name());
        return new ArrivalMail(arrival.kind(), arrival.reference(), controller.name(), partner,
                links.request(arrival.requestId()), dpoContact);
    }

    /** A staff member's address as the directory knows it now; the DPO contact's for them, or if it was dropped. */
    private String address(String recipient, ControllerView controller) {
        return ArrivalRules.dpoContactOf(recipient).map(id -> catalog.controller(id).dpoEmail())
                .orElseGet(() -> staff.email(recipient).orElse(controller.dpoEmail()));
    }

    /** Last in the transaction, as the audit log asks; references and kinds only. */
    private void audit(Run run, int mails, Set<String> told) {
        if (mails > 0) {
            audit.append(new AuditEntry(CurrentActor.SYSTEM, "ARRIVALS_ANNOUNCED", "arrival-run", run.id, run.now,
                    Map.of("mails", Integer.toString(mails), "arrivals", AuditEntry.listed(told))));
        }
    }

    /** One run's progress; controllers and partner names are read once per run, never kept across runs. */
    private static final class Run {
        final String id;
        final Instant now;
        final Map<UUID, ControllerView> controllers = new HashMap<>();
        final Map<String, String> partnerNames = new HashMap<>();
        int queued;
        boolean yielded;

        Run(String id, Instant now) {
            this.id = id;
            this.now = now;
        }

        ControllerView controller(CatalogDirectory catalog, UUID id) {
            return controllers.computeIfAbsent(id, catalog::controller);
        }
    }
}
