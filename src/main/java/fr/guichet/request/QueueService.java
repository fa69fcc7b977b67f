package fr.guichet.request;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import fr.guichet.audit.AccessTrace;
import fr.guichet.platform.security.StaffScope;
import fr.guichet.platform.web.Page;
import fr.guichet.platform.web.PageRequest;
import io.quarkus.security.ForbiddenException;

/**
 * Reading the DPO's queue, for the API and the staff page alike, so that both apply the same rules: a search by
 * e-mail is for readers of identities only, and it is written to the access trace before its answer is shown.
 */
@ApplicationScoped
public class QueueService {

    private final QueueQuery query;
    private final AccessTrace trace;

    QueueService(QueueQuery query, AccessTrace trace) {
        this.query = query;
        this.trace = trace;
    }

    /**
     * One page of the queue for {@code actor}. Which requests an address filed is identity data: a caller who does
     * not read identities ({@code readsIdentity} false, e.g. a compliance officer) gets a {@link ForbiddenException}
     * for a search by e-mail.
     */
    public Page<QueueLine> page(QueueFilter filter, StaffScope scope, PageRequest page, String actor,
            boolean readsIdentity) {
        if (filter.email().isPresent() && !readsIdentity) {
            throw new ForbiddenException();
        }
        Page<QueueLine> lines = query.lines(filter, scope, page);
        if (filter.email().isPresent()) {
            trace.recordSearch(actor, lines.items().stream().map(QueueLine::item)
                    .map(item -> new AccessTrace.Seen(item.id(), item.reference(), item.controllerId())).toList());
        }
        return lines;
    }

    /** The number of requests still owed an answer in the scope, per risk (every risk present, maybe at 0). */
    public Map<QueueRisk, Long> riskCounts(StaffScope scope) {
        return query.riskCounts(scope);
    }
}
