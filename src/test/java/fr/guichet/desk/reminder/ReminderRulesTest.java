package fr.guichet.desk.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.guichet.desk.reminder.ReminderRules.Due;
import fr.guichet.request.RequestStatus;

/** Which reminder a request calls for on a given day: the thresholds, their dates, and what silences them. */
class ReminderRulesTest {

    private static final LocalDate TARGET = LocalDate.parse("2026-04-10");
    private static final LocalDate DUE = LocalDate.parse("2026-04-17");

    private static Optional<Due> deadline(RequestStatus status, boolean paused, LocalDate today) {
        return ReminderRules.deadline(status, paused, DUE, TARGET, today);
    }

    @Test
    void nothingIsDueBeforeTheInternalTarget() {
        assertThat(deadline(RequestStatus.IN_PROGRESS, false, TARGET.minusDays(1))).isEmpty();
    }

    @Test
    void theInternalTargetIsReachedOnItsDayAndUntilTheDeadlineDay() {
        assertThat(deadline(RequestStatus.RECEIVED, false, TARGET))
                .contains(new Due(Threshold.INTERNAL_TARGET, TARGET));
        assertThat(deadline(RequestStatus.DECIDED, false, DUE))
                .contains(new Due(Threshold.INTERNAL_TARGET, TARGET));
    }

    @Test
    void theDayAfterTheDeadlineOnlyOverdueIsDueDatedByTheDeadline() {
        assertThat(deadline(RequestStatus.IN_PROGRESS, false, DUE.plusDays(1)))
                .contains(new Due(Threshold.OVERDUE, DUE));
        assertThat(deadline(RequestStatus.AWAITING_INFORMATION, false, DUE.plusDays(30)))
                .contains(new Due(Threshold.OVERDUE, DUE));
    }

    @Test
    void anOpenCountedPauseSilencesBothDeadlineThresholds() {
        assertThat(deadline(RequestStatus.AWAITING_INFORMATION, true, TARGET)).isEmpty();
        assertThat(deadline(RequestStatus.AWAITING_INFORMATION, true, DUE.plusDays(1))).isEmpty();
    }

    @Test
    void aRequestThatOwesNoAnswerGetsNoDeadlineReminder() {
        Arrays.stream(RequestStatus.values()).filter(status -> !status.awaitsAnswer()).forEach(status -> {
            assertThat(deadline(status, false, TARGET)).as(status.name()).isEmpty();
            assertThat(deadline(status, false, DUE.plusDays(1))).as(status.name()).isEmpty();
        });
    }

    @Test
    void partnersAreLateOnlyOnceTheirDueDayHasPassed() {
        LocalDate due = LocalDate.parse("2026-03-12");
        assertThat(ReminderRules.partnerAcknowledgement(due, due)).isEmpty();
        assertThat(ReminderRules.partnerAcknowledgement(due, due.plusDays(1)))
                .contains(new Due(Threshold.PARTNER_ACK_OVERDUE, due));
    }
}
