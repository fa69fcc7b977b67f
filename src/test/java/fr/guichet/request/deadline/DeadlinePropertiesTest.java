package fr.guichet.request.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.guichet.catalog.HolidayCalendar;

/**
 * Properties that must hold for any request, checked over generated receipts (2000–2100), zones, calendars, pauses,
 * extension notices and "today"s. The generator is seeded, so a failure names a case that reproduces.
 */
class DeadlinePropertiesTest {

    private static final int CASES = 1000;
    private static final long SEED = 20260310L;

    private static final List<ZoneId> ZONES = Stream
            .of("Europe/Paris", "America/Cayenne", "Indian/Reunion", "America/Martinique", "UTC")
            .map(ZoneId::of).toList();
    private static final Instant FROM = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2101-01-01T00:00:00Z");

    private static final PublicHolidays HOLIDAYS = PublicHolidays.fromLibrary();
    private static final DeadlineEngine ENGINE = new DeadlineEngine(HOLIDAYS, DeadlinePolicy.DEFAULT);

    /** The most days a final day can roll forward: the longest run of non-working days any calendar has. */
    private static final int LONGEST_NON_WORKING_RUN = longestNonWorkingRun(LocalDate.parse("2000-01-01"),
            LocalDate.parse("2101-12-31"));

    @Test
    void noCalendarHasMoreThanFourNonWorkingDaysInARow() {
        // e.g. Good Friday to Easter Monday in Alsace-Moselle; the bound the properties below rely on.
        assertThat(LONGEST_NON_WORKING_RUN).isEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource("requests")
    void everyDeadlineEndsOnAWorkingDay(DeadlineInput input) {
        Deadlines deadlines = ENGINE.compute(input);

        assertThat(HOLIDAYS.isWorkingDay(input.calendar(), deadlines.effectiveDue())).isTrue();
        assertThat(HOLIDAYS.isWorkingDay(input.calendar(), deadlines.responseDue())).isTrue();
        assertThat(HOLIDAYS.isWorkingDay(input.calendar(), deadlines.internalTarget())).isTrue();
    }

    @ParameterizedTest
    @MethodSource("requests")
    void theDeadlineIsNeverShorterThanTheShortestMonth(DeadlineInput input) {
        Deadlines deadlines = ENGINE.compute(input);

        assertThat(deadlines.effectiveDue()).isAfterOrEqualTo(deadlines.receiptDate().plusDays(28));
        assertThat(deadlines.responseDue()).isAfterOrEqualTo(deadlines.receiptDate().plusMonths(1));
    }

    @ParameterizedTest
    @MethodSource("requests")
    void rollingForwardAddsNoMoreThanTheLongestRunOfNonWorkingDays(DeadlineInput input) {
        Deadlines deadlines = ENGINE.compute(input);
        LocalDate receipt = deadlines.receiptDate();
        int paused = deadlines.pausedDays();

        assertThat(deadlines.responseDue())
                .isBeforeOrEqualTo(receipt.plusMonths(1).plusDays(paused + LONGEST_NON_WORKING_RUN));
        assertThat(deadlines.effectiveDue())
                .isBeforeOrEqualTo(receipt.plusMonths(3).plusDays(paused + LONGEST_NON_WORKING_RUN));
    }

    @ParameterizedTest
    @MethodSource("requests")
    void anExtensionNeverShortensTheDeadline(DeadlineInput input) {
        Deadlines deadlines = ENGINE.compute(input);

        if (deadlines.extendedDue() != null) {
            assertThat(deadlines.extendedDue()).isAfter(deadlines.responseDue());
        }
        assertThat(deadlines.effectiveDue()).isAfterOrEqualTo(deadlines.responseDue());
        assertThat(deadlines.internalTarget()).isBefore(deadlines.effectiveDue());
    }

    @ParameterizedTest
    @MethodSource("requests")
    void statusIsConsistent(DeadlineInput input) {
        Deadlines deadlines = ENGINE.compute(input);

        assertThat(deadlines.pausedDays())
                .isEqualTo(deadlines.pauses().stream().mapToInt(PauseView::days).sum());
        assertThat(deadlines.daysRemaining() == null).isEqualTo(!input.open());
        if (deadlines.overdue()) {
            assertThat(deadlines.paused()).isFalse();
            assertThat(deadlines.daysRemaining()).isNegative();
        }
    }

    @ParameterizedTest
    @MethodSource("requestsWithAnotherPromptPause")
    void aCountedPauseNeverMakesADeadlineEarlier(DeadlineInput input, Pause extra) {
        List<Pause> pauses = new ArrayList<>(input.pauses());
        pauses.add(extra);
        Deadlines before = ENGINE.compute(input);
        Deadlines after = ENGINE.compute(new DeadlineInput(input.receivedAt(), input.zone(), input.calendar(), pauses,
                input.extensionNoticeOn(), input.open(), input.today()));

        assertThat(after.pauses().get(pauses.size() - 1).counted()).isTrue();
        assertThat(after.pausedDays()).isGreaterThanOrEqualTo(before.pausedDays());
        assertThat(after.responseDue()).isAfterOrEqualTo(before.responseDue());
        assertThat(after.extensionNoticeDue()).isAfterOrEqualTo(before.extensionNoticeDue());
        assertThat(after.effectiveDue()).isAfterOrEqualTo(before.effectiveDue());
        assertThat(after.internalTarget()).isAfterOrEqualTo(before.internalTarget());
        if (before.extendedDue() != null) {
            assertThat(after.extendedDue()).isAfterOrEqualTo(before.extendedDue());
        }
    }

    static Stream<DeadlineInput> requests() {
        SplittableRandom random = new SplittableRandom(SEED);
        return Stream.generate(() -> request(random)).limit(CASES);
    }

    static Stream<Arguments> requestsWithAnotherPromptPause() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        return Stream.generate(() -> {
            DeadlineInput input = request(random);
            // Within five calendar days of receipt is always within five working days: always prompt.
            LocalDate requestedOn = receiptDate(input).plusDays(random.nextInt(6));
            return Arguments.of(input, pause(random, requestedOn));
        }).limit(CASES);
    }

    private static DeadlineInput request(SplittableRandom random) {
        Instant receivedAt = Instant.ofEpochSecond(random.nextLong(FROM.getEpochSecond(), UNTIL.getEpochSecond()));
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        HolidayCalendar calendar = HolidayCalendar.values()[random.nextInt(HolidayCalendar.values().length)];
        LocalDate receipt = LocalDate.ofInstant(receivedAt, zone);

        List<Pause> pauses = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            pauses.add(pause(random, receipt.plusDays(random.nextInt(13)))); // prompt and late ones
        }
        LocalDate extensionNoticeOn = random.nextInt(3) == 0 ? null : receipt.plusDays(random.nextInt(46));
        return new DeadlineInput(receivedAt, zone, calendar, pauses, extensionNoticeOn, random.nextBoolean(),
                receipt.plusDays(random.nextInt(121)));
    }

    private static Pause pause(SplittableRandom random, LocalDate requestedOn) {
        LocalDate answeredOn = random.nextInt(4) == 0 ? null : requestedOn.plusDays(random.nextInt(41));
        return new Pause(requestedOn, answeredOn);
    }

    private static LocalDate receiptDate(DeadlineInput input) {
        return LocalDate.ofInstant(input.receivedAt(), input.zone());
    }

    private static int longestNonWorkingRun(LocalDate from, LocalDate to) {
        int longest = 0;
        for (HolidayCalendar calendar : HolidayCalendar.values()) {
            int run = 0;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                run = HOLIDAYS.isWorkingDay(calendar, day) ? 0 : run + 1;
                longest = Math.max(longest, run);
            }
        }
        return longest;
    }
}
