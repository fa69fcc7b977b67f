package fr.guichet.desk.arrival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.guichet.request.RequesterActivity;

/** The arrivals job's decisions: what a step announces, where a run reads from, when a digest is due, who hears. */
class ArrivalRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void eachStepOfThePersonAnnouncesItsOwnKind() {
        assertThat(ArrivalRules.kindOf(step("FILED"))).isEqualTo(ArrivalKind.WEB_FILING);
        assertThat(ArrivalRules.kindOf(step("INFORMATION_RECEIVED"))).isEqualTo(ArrivalKind.ANSWER);
        assertThat(ArrivalRules.kindOf(step("WITHDRAW"))).isEqualTo(ArrivalKind.WITHDRAWAL);
        assertThatThrownBy(() -> ArrivalRules.kindOf(step("START"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRunRereadsTheOverlapBeforeWhereTheLastStoppedAndAFirstRunStartsThatFarBeforeNow() {
        Instant readTo = NOW.minus(Duration.ofHours(5));
        assertThat(ArrivalRules.readFrom(Optional.of(readTo), NOW)).isEqualTo(readTo.minus(ArrivalRules.OVERLAP));
        assertThat(ArrivalRules.readFrom(Optional.empty(), NOW)).isEqualTo(NOW.minus(ArrivalRules.OVERLAP));
    }

    @Test
    void aCursorAheadOfNowCountsAsNowSoThatAClockSetBackMissesNothing() {
        assertThat(ArrivalRules.readFrom(Optional.of(NOW.plus(Duration.ofDays(2))), NOW))
                .isEqualTo(NOW.minus(ArrivalRules.OVERLAP));
    }

    @Test
    void aFirstDigestWaitsTheIntervalFromItsOldestArrival() {
        Instant oldest = NOW.minus(Duration.ofMinutes(59));
        assertThat(ArrivalRules.digestDue(null, oldest, NOW, HOUR)).isFalse();
        assertThat(ArrivalRules.digestDue(null, oldest, NOW.plus(Duration.ofMinutes(1)), HOUR)).isTrue();
    }

    @Test
    void laterDigestsWaitTheIntervalFromThePreviousOneWhateverTheirArrivals() {
        Instant previous = NOW.minus(Duration.ofMinutes(30));
        Instant oldest = NOW.minus(Duration.ofDays(1));
        assertThat(ArrivalRules.digestDue(previous, oldest, NOW, HOUR)).isFalse();
        assertThat(ArrivalRules.digestDue(previous, oldest, previous.plus(HOUR), HOUR)).isTrue();
    }

    @Test
    void theControllersStaffHearOfItsArrivalsAndItsDpoContactOnlyWhenNoneHasAKnownAddress() {
        UUID controller = UUID.randomUUID();
        assertThat(ArrivalRules.recipients(List.of("alice", "bruno"), controller)).containsExactly("alice", "bruno");
        List<String> fallback = ArrivalRules.recipients(List.of(), controller);
        assertThat(fallback).hasSize(1);
        assertThat(ArrivalRules.dpoContactOf(fallback.get(0))).contains(controller);
        assertThat(ArrivalRules.dpoContactOf("alice")).isEmpty();
    }

    @Test
    void aDigestCountsEachKindPresentInTheKindsOrder() {
        assertThat(ArrivalRules.counts(List.of(ArrivalKind.DELIVERY_FAILED, ArrivalKind.WEB_FILING,
                ArrivalKind.WEB_FILING))).containsExactly(Map.entry(ArrivalKind.WEB_FILING, 2),
                        Map.entry(ArrivalKind.DELIVERY_FAILED, 1));
    }

    private static RequesterActivity.Step step(String event) {
        return new RequesterActivity.Step(UUID.randomUUID(), 1, event, NOW, "GCH-2026-7KQ4M2", UUID.randomUUID());
    }
}
