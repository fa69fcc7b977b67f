package fr.guichet.desk.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.audit.AuditEntry;
import fr.guichet.audit.AuditLog;
import fr.guichet.catalog.CatalogDirectory;
import fr.guichet.catalog.ControllerView;
import fr.guichet.desk.reminder.ReminderRules.Due;
import fr.guichet.desk.reminder.ReminderStore.Candidate;
import fr.guichet.desk.reminder.ReminderStore.DeadlineCandidate;
import fr.guichet.desk.reminder.ReminderStore.DeadlinePosition;
import fr.guichet.desk.reminder.ReminderStore.PartnerCandidate;
import fr.guichet.desk.reminder.ReminderStore.RequestRef;
import fr.guichet.desk.staff.StaffDirectory;
import fr.guichet.platform.security.CurrentActor;
import fr.guichet.request.RequestDeadlines;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Reminds staff of requests reaching their internal target, overdue requests and overdue partner acknowledgements,
 * once per request, threshold and date (docs/reminders.md). Safe with any number of replicas, with no state in
 * memory: each batch is one transaction that first takes a PostgreSQL advisory lock (a replica that finds it taken
 * leaves the run to the holder), and each reminder is a row inserted with ON CONFLICT DO NOTHING in the transaction
 * that queues its e-mail, so even two runs that overlapped would queue it once.
 */
@ApplicationScoped
public class Reminders {

    private final ReminderStore store;
    private final ReminderMails mails;
    private final StaffDirectory staff;
    private final CatalogDirectory catalog;
    private final RequestDeadlines deadlines;
    private final AuditLog audit;
    private final Clock clock;
    private final ReminderConfig config;

    Reminders(ReminderStore store, ReminderMails mails, StaffDirectory staff, CatalogDirectory catalog,
            RequestDeadlines deadlines, AuditLog audit, Clock clock, ReminderConfig config) {
        this.store = store;
        this.mails = mails;
        this.staff = staff;
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "${guichet.reminders.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remind() {
        runOnce();
    }

    /** Scans every candidate once and queues the reminders now due; returns how many were queued. */
    public int runOnce() {
        Run run = new Run(UUID.randomUUID().toString());
        // No controller's "today" is later than tomorrow in UTC (zones reach UTC+14): a superset for the index.
        LocalDate horizon = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
        this.<DeadlinePosition, DeadlineCandidate>scan(run,
                after -> store.deadlineCandidates(after, horizon, config.batchSize()),
                (candidate, controller) -> ReminderRules.deadline(candidate.request().status(), candidate.paused(),
                        candidate.effectiveDue(), candidate.internalTarget(), deadlines.today(controller)));
        this.<UUID, PartnerCandidate>scan(run,
                after -> store.partnerCandidates(after, config.batchSize()),
                (candidate, controller) -> ReminderRules.partnerAcknowledgement(
                        deadlines.acknowledgementDue(candidate.firstOccurredAt(), controller),
                        deadlines.today(controller)));
        return run.queued;
    }

    /** Walks one scan batch by batch, each in its own short transaction, until it is exhausted or the lock is taken. */
    private <K, C extends Candidate<K>> void scan(Run run, Function<K, List<C>> fetch,
            BiFunction<C, ControllerView, Optional<Due>> rule) {
        K after = null;
        while (!run.yielded) {
            K from = after;
            Batch<C> batch = QuarkusTransaction.requiringNew().call(() -> remind(run, () -> fetch.apply(from), rule));
            run.queued += batch.queued();
            run.yielded = batch.yielded();
            if (batch.candidates().size() < config.batchSize()) {
                return;
            }
            after = batch.candidates().get(batch.candidates().size() - 1).position();
        }
    }

    /** One transaction: the lock, then the batch's candidates, then the audit entry if anything was queued. */
    private <C extends Candidate<?>> Batch<C> remind(Run run, Supplier<List<C>> fetch,
            BiFunction<C, ControllerView, Optional<Due>> rule) {
        if (!store.tryLock()) {
            return new Batch<>(List.of(), 0, true);
        }
        List<C> candidates = fetch.get();
        List<String> queued = new ArrayList<>();
        for (C candidate : candidates) {
            RequestRef request = candidate.request();
            ControllerView controller = run.controllers.computeIfAbsent(request.controllerId(), catalog::controller);
            rule.apply(candidate, controller).filter(due -> remind(request, due, controller))
                    .ifPresent(due -> queued.add(request.reference() + ":" + due.threshold()));
        }
        if (!queued.isEmpty()) {
            // Last in the transaction, as the audit log asks; codes only.
            audit.append(new AuditEntry(CurrentActor.SYSTEM, "REMINDERS_QUEUED", "reminder-run", run.id,
                    clock.instant(), Map.of("count", Integer.toString(queued.size()),
                            "reminders", AuditEntry.listed(queued))));
        }
        return new Batch<>(candidates, queued.size(), false);
    }

    /** Records the reminder and queues its e-mail, or does nothing if it was already recorded; true when queued. */
    private boolean remind(RequestRef request, Due due, ControllerView controller) {
        Optional<String> assigneeEmail = Optional.ofNullable(request.assignee()).flatMap(staff::email);
        Recipient recipient = assigneeEmail.isPresent() ? Recipient.ASSIGNEE : Recipient.DPO_CONTACT;
        if (!store.record(request.id(), due, recipient, request.assignee(), clock.instant())) {
            return false;
        }
        UUID mail = mails.queue(assigneeEmail.orElse(controller.dpoEmail()), request, due, recipient, controller);
        store.attachMail(request.id(), due, mail);
        return true;
    }

    /** What one batch transaction examined and queued; {@code yielded} when another replica held the lock. */
    private record Batch<C>(List<C> candidates, int queued, boolean yielded) {
    }

    /** One run's progress; controllers are read once per run, never kept across runs. */
    private static final class Run {
        final String id;
        final Map<UUID, ControllerView> controllers = new HashMap<>();
        int queued;
        boolean yielded;

        Run(String id) {
            this.id = id;
        }
    }
}
