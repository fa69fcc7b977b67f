package fr.guichet.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The queue's risk: its precedence and its boundary days, from the deadline engine's own "overdue". */
class QueueRiskTest {

    private static final LocalDate TARGET = LocalDate.parse("2026-04-03");
    private static final LocalDate DUE = LocalDate.parse("2026-04-10");

    @Test
    void overdueFromTheDayAfterTheDeadlineUnlessACountedPauseSuspendsTheClock() {
        assertThat(QueueRisk.of(RequestStatus.IN_PROGRESS, false, DUE, TARGET, DUE.plusDays(1)))
                .isEqualTo(QueueRisk.OVERDUE);
        assertThat(QueueRisk.of(RequestStatus.AWAITING_INFORMATION, false, DUE, TARGET, DUE.plusDays(1)))
                .as("a pause that does not count stops nothing").isEqualTo(QueueRisk.OVERDUE);
        assertThat(QueueRisk.of(RequestStatus.AWAITING_INFORMATION, true, DUE, TARGET, DUE.plusDays(1)))
                .isEqualTo(QueueRisk.PAUSED);
        assertThat(QueueRisk.of(RequestStatus.AWAITING_INFORMATION, true, DUE, TARGET, TARGET.minusDays(9)))
                .isEqualTo(QueueRisk.PAUSED);
    }

    @Test
    void dueSoonFromTheInternalTargetToTheDeadlineItself() {
        assertThat(QueueRisk.of(RequestStatus.RECEIVED, false, DUE, TARGET, TARGET.minusDays(1)))
                .isEqualTo(QueueRisk.ON_TRACK);
        assertThat(QueueRisk.of(RequestStatus.RECEIVED, false, DUE, TARGET, TARGET)).isEqualTo(QueueRisk.DUE_SOON);
        assertThat(QueueRisk.of(RequestStatus.DECIDED, false, DUE, TARGET, DUE)).isEqualTo(QueueRisk.DUE_SOON);
    }

    @Test
    void aRequestThatNoLongerOwesAnAnswerHasNoRisk() {
        for (RequestStatus status : new RequestStatus[] { RequestStatus.ANSWERED, RequestStatus.CLOSED,
                RequestStatus.WITHDRAWN }) {
            assertThat(QueueRisk.of(status, false, DUE, TARGET, DUE.plusDays(30))).as(status.name()).isNull();
        }
    }
}
