package fr.guichet.platform.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;

/** When a staff session has been idle too long: the rule behind the idle timeout, without a browser or a clock. */
class StaffSessionIdleTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-03T09:00:00Z");
    private static final LongFunction<String> MAC = seconds -> "mac-of-" + seconds;

    @Test
    void withoutAnActivityCookieTheSessionWasLastUsedAtSignIn() {
        assertThat(StaffSessionIdle.lastActivity(SIGNED_IN, null, MAC)).isEqualTo(SIGNED_IN);
    }

    @Test
    void aGenuineCookieMovesTheLastActivityForward() {
        long later = SIGNED_IN.plusSeconds(1200).getEpochSecond();
        assertThat(StaffSessionIdle.lastActivity(SIGNED_IN, later + "." + MAC.apply(later), MAC))
                .isEqualTo(SIGNED_IN.plusSeconds(1200));
    }

    @Test
    void aForgedMalformedOrOlderCookieCountsForNothing() {
        long later = SIGNED_IN.plusSeconds(3600).getEpochSecond();
        long earlier = SIGNED_IN.minusSeconds(60).getEpochSecond();
        assertThat(StaffSessionIdle.lastActivity(SIGNED_IN, later + ".forged", MAC)).isEqualTo(SIGNED_IN);
        assertThat(StaffSessionIdle.lastActivity(SIGNED_IN, later + "." + MAC.apply(later + 1), MAC))
                .isEqualTo(SIGNED_IN);
        assertThat(StaffSessionIdle.lastActivity(SIGNED_IN, String.valueOf(later), MAC)).isEqualTo(SIGNED_IN);
        assertThat(StaffSessionIdle.lastActivity(SIGNED_IN, "tomorrow.x", MAC)).isEqualTo(SIGNED_IN);
        assertThat(StaffSessionIdle.lastActivity(SIGNED_IN, earlier + "." + MAC.apply(earlier), MAC))
                .isEqualTo(SIGNED_IN);
    }

    @Test
    void aSessionIsIdleOnlyOnceTheTimeoutHasFullyPassed() {
        Duration timeout = Duration.ofMinutes(30);
        assertThat(StaffSessionIdle.idle(SIGNED_IN, SIGNED_IN.plus(timeout), timeout)).isFalse();
        assertThat(StaffSessionIdle.idle(SIGNED_IN, SIGNED_IN.plus(timeout).plusSeconds(1), timeout)).isTrue();
    }
}
