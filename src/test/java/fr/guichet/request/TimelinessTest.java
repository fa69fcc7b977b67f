package fr.guichet.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The register's timeliness rule, documented in openapi.yaml: answer date against the effective deadline. */
class TimelinessTest {

    private static final LocalDate DUE = LocalDate.parse("2026-04-10");

    @Test
    void anAnswerOnTheDeadlineIsOnTimeAndTheDayAfterIsLate() {
        assertThat(Timeliness.of(RequestStatus.ANSWERED, DUE, DUE, false, DUE.plusDays(90)))
                .isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.of(RequestStatus.CLOSED, DUE.plusDays(1), DUE, false, DUE.plusDays(90)))
                .isEqualTo(Timeliness.LATE);
    }

    @Test
    void anOwedRequestIsOverdueFromTheDayAfterItsDeadlineUnlessPaused() {
        assertThat(Timeliness.of(RequestStatus.IN_PROGRESS, null, DUE, false, DUE)).isEqualTo(Timeliness.OPEN);
        assertThat(Timeliness.of(RequestStatus.DECIDED, null, DUE, false, DUE.plusDays(1)))
                .isEqualTo(Timeliness.OPEN_OVERDUE);
        assertThat(Timeliness.of(RequestStatus.AWAITING_INFORMATION, null, DUE, true, DUE.plusDays(30)))
                .isEqualTo(Timeliness.OPEN);
    }

    @Test
    void aRequestEndedWithoutAnAnswerIsNotAnswered() {
        assertThat(Timeliness.of(RequestStatus.WITHDRAWN, null, DUE, false, DUE.plusDays(30)))
                .isEqualTo(Timeliness.NOT_ANSWERED);
        assertThat(Timeliness.of(RequestStatus.CLOSED, null, DUE, false, DUE.plusDays(30)))
                .isEqualTo(Timeliness.NOT_ANSWERED);
    }
}
