package fr.guichet.request.deadline;

import static fr.guichet.catalog.HolidayCalendar.ALSACE_MOSELLE;
import static fr.guichet.catalog.HolidayCalendar.METROPOLITAN;
import static fr.guichet.catalog.HolidayCalendar.REUNION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.guichet.catalog.HolidayCalendar;

/** The rules and worked examples of legal-rules.md §1 (GDPR Art. 12(3), 12(6); Reg. 1182/71 Art. 3). */
class DeadlineEngineTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final PublicHolidays HOLIDAYS = PublicHolidays.fromLibrary();
    private final DeadlineEngine engine = new DeadlineEngine(HOLIDAYS, DeadlinePolicy.DEFAULT);

    // --- counting the month (Reg. 1182/71 Art. 3(2)(c)) -------------------------------------------------------

    @Test
    void oneMonthEndsOnTheSameDateNextMonth_whenThatIsAWorkingDay() {
        assertThat(compute(request("2026-02-09")).responseDue()).isEqualTo("2026-03-09");
    }

    @Test
    void aMissingDateEndsOnTheLastDayOfTheMonth() {
        assertThat(compute(request("2026-08-31")).responseDue()).isEqualTo("2026-09-30");
    }

    @Test
    void leapYear_31JanuaryEndsOn29February() {
        assertThat(compute(request("2028-01-31")).responseDue()).isEqualTo("2028-02-29"); // a Tuesday
    }

    @Test
    void commonYear_31JanuaryEndsOn28February_rolledPastTheSunday() {
        assertThat(compute(request("2027-01-31")).responseDue()).isEqualTo("2027-03-01");
    }

    @Test
    void leapDayReceipt_endsOn29March() {
        assertThat(compute(request("2028-02-29")).responseDue()).isEqualTo("2028-03-29");
    }

    @Test
    void clampedDateOnASundayBeforeMayDay_rollsPastBoth() {
        // 31 March 2028 -> 30 April (Sunday) -> 1 May (holiday) -> Tuesday 2 May.
        assertThat(compute(request("2028-03-31")).responseDue()).isEqualTo("2028-05-02");
    }

    @Test
    void aFinalDayOnASaturday_rollsToMonday() {
        assertThat(compute(request("2026-02-28")).responseDue()).isEqualTo("2026-03-30");
    }

    @ParameterizedTest(name = "{2}: receipt {0} -> due {1}")
    @CsvSource({
            "2026-03-05, 2026-04-07, Easter Sunday then Easter Monday",
            "2026-04-14, 2026-05-15, Ascension",
            "2026-04-25, 2026-05-26, Whit Monday",
            "2026-04-01, 2026-05-04, 1 May on a Friday",
            "2026-04-08, 2026-05-11, 8 May on a Friday",
            "2026-06-14, 2026-07-15, 14 July",
            "2029-07-15, 2029-08-16, 15 August",
            "2027-10-01, 2027-11-02, 1 November",
            "2026-10-11, 2026-11-12, 11 November",
            "2025-11-25, 2025-12-26, 25 December",
            "2026-12-01, 2027-01-04, 1 January on a Friday",
    })
    void aFinalDayOnAMetropolitanHoliday_rollsToTheNextWorkingDay(String receipt, String due, String holiday) {
        assertThat(compute(request(receipt)).responseDue()).isEqualTo(due);
    }

    @Test
    void goodFriday_rollsOnlyInAlsaceMoselle() {
        assertThat(compute(request("2026-03-03", METROPOLITAN)).responseDue()).isEqualTo("2026-04-03");
        assertThat(compute(request("2026-03-03", ALSACE_MOSELLE)).responseDue()).isEqualTo("2026-04-07");
    }

    @Test
    void saintStephensDay_rollsOnlyInAlsaceMoselle() {
        assertThat(compute(request("2025-11-25", METROPOLITAN)).responseDue()).isEqualTo("2025-12-26");
        assertThat(compute(request("2025-11-25", ALSACE_MOSELLE)).responseDue()).isEqualTo("2025-12-29");
    }

    @ParameterizedTest(name = "{0}: receipt {1} -> {2} (mainland {3})")
    @CsvSource({
            "REUNION,    2027-11-20, 2027-12-21, 2027-12-20",
            "MAYOTTE,    2026-03-27, 2026-04-28, 2026-04-27",
            "GUADELOUPE, 2026-04-27, 2026-05-28, 2026-05-27",
            "MARTINIQUE, 2026-04-22, 2026-05-26, 2026-05-22",
            "GUYANE,     2026-05-10, 2026-06-11, 2026-06-10",
    })
    void overseasCalendars_rollOverTheirAbolitionOfSlaveryDay(HolidayCalendar calendar, String receipt, String due,
            String mainlandDue) {
        assertThat(compute(request(receipt, calendar)).responseDue()).isEqualTo(due);
        assertThat(compute(request(receipt, METROPOLITAN)).responseDue()).isEqualTo(mainlandDue);
    }

    @Test
    void reunion_usesItsOwnZoneAndItsOwnHoliday() {
        // 19 November 2027 21:30 UTC is already Saturday 20 November in Réunion (UTC+4).
        DeadlineInput input = new DeadlineInput(Instant.parse("2027-11-19T21:30:00Z"), ZoneId.of("Indian/Reunion"),
                REUNION, List.of(), null, true, LocalDate.parse("2027-11-22"));
        Deadlines deadlines = compute(input);
        assertThat(deadlines.receiptDate()).isEqualTo("2027-11-20");
        assertThat(deadlines.responseDue()).isEqualTo("2027-12-21");
    }

    // --- receipt date ------------------------------------------------------------------------------------------

    @Test
    void aLateEveningReceipt_countsFromTheControllersLocalDate_notTheUtcDate() {
        Instant lateEvening = Instant.parse("2026-03-31T22:30:00Z"); // 00:30 on 1 April in Paris
        Deadlines paris = compute(new DeadlineInput(lateEvening, PARIS, METROPOLITAN, List.of(), null, true,
                LocalDate.parse("2026-04-01")));
        Deadlines utc = compute(new DeadlineInput(lateEvening, ZoneOffset.UTC, METROPOLITAN, List.of(), null, true,
                LocalDate.parse("2026-04-01")));

        assertThat(paris.receiptDate()).isEqualTo("2026-04-01");
        assertThat(paris.responseDue()).isEqualTo("2026-05-04"); // 1 May is a holiday, then a weekend
        assertThat(utc.receiptDate()).isEqualTo("2026-03-31");
        assertThat(utc.responseDue()).isEqualTo("2026-04-30");
    }

    // --- extension (Art. 12(3)) ---------------------------------------------------------------------------------

    @Test
    void extendedDeadline_isThreeMonthsFromReceiptRolledOnce_notTwoMonthsAfterTheRolledDate() {
        Deadlines deadlines = compute(request("2026-01-31").withExtensionNotice("2026-03-02"));

        assertThat(deadlines.responseDue()).isEqualTo("2026-03-02"); // 28 February is a Saturday
        assertThat(deadlines.extendedDue()).isEqualTo("2026-04-30"); // not 4 May
        assertThat(deadlines.effectiveDue()).isEqualTo("2026-04-30");
    }

    @Test
    void extensionNoticeSentOnTheLastDay_isInTime() {
        Request request = request("2026-01-31");

        assertThat(engine.extensionInTime(request.input(), LocalDate.parse("2026-03-02"))).isTrue();
        assertThat(compute(request.withExtensionNotice("2026-03-02")).extendedDue()).isNotNull();
    }

    @Test
    void extensionNoticeSentOneDayLate_doesNotExtend() {
        Request request = request("2026-01-31");
        Deadlines deadlines = compute(request.withExtensionNotice("2026-03-03"));

        assertThat(engine.extensionInTime(request.input(), LocalDate.parse("2026-03-03"))).isFalse();
        assertThat(deadlines.extendedDue()).isNull();
        assertThat(deadlines.effectiveDue()).isEqualTo("2026-03-02");
    }

    @Test
    void noExtensionNotice_meansNoExtendedDeadline() {
        Deadlines deadlines = compute(request("2026-01-31"));

        assertThat(deadlines.extensionNoticeDue()).isEqualTo("2026-03-02");
        assertThat(deadlines.extendedDue()).isNull();
        assertThat(deadlines.effectiveDue()).isEqualTo(deadlines.responseDue());
    }

    // --- pauses (Art. 12(6), décret 2019-536) ----------------------------------------------------------------

    @Test
    void workedExample_identityAskedOnThe12th_answeredOnThe20th_addsSevenDays() {
        Deadlines deadlines = compute(request("2026-03-10").withPause("2026-03-12", "2026-03-20"));

        assertThat(deadlines.pausedDays()).isEqualTo(7); // 13 to 19 March
        assertThat(deadlines.responseDue()).isEqualTo("2026-04-17");
        assertThat(deadlines.paused()).isFalse();
        assertThat(deadlines.pauses()).containsExactly(
                new PauseView(LocalDate.parse("2026-03-12"), LocalDate.parse("2026-03-20"), 7, true));
    }

    @Test
    void pausedDaysAlsoPushTheExtensionNoticeDeadlineAndTheExtendedDeadline() {
        Request paused = request("2026-03-10").withPause("2026-03-12", "2026-03-20");
        Deadlines deadlines = compute(paused.withExtensionNotice("2026-04-17"));

        assertThat(deadlines.extensionNoticeDue()).isEqualTo("2026-04-17");
        assertThat(deadlines.extendedDue()).isEqualTo("2026-06-17"); // 10 June + 7 days
        assertThat(engine.extensionInTime(paused.input(), LocalDate.parse("2026-04-18"))).isFalse();
    }

    @Test
    void aPauseAnsweredTheNextDay_addsNothing() {
        assertThat(compute(request("2026-03-10").withPause("2026-03-12", "2026-03-13")).pausedDays()).isZero();
        assertThat(compute(request("2026-03-10").withPause("2026-03-12", "2026-03-12")).pausedDays()).isZero();
    }

    @Test
    void severalPauses_addUp() {
        Deadlines deadlines = compute(request("2026-03-10").withPause("2026-03-11", "2026-03-14")
                .withPause("2026-03-16", "2026-03-20"));

        assertThat(deadlines.pausedDays()).isEqualTo(2 + 3);
        assertThat(deadlines.responseDue()).isEqualTo("2026-04-15");
    }

    @Test
    void informationAskedOnTheFifthWorkingDay_isPrompt_andCounts() {
        Deadlines deadlines = compute(request("2026-03-10").withPause("2026-03-17", "2026-03-20"));

        assertThat(deadlines.pauses()).singleElement().extracting(PauseView::counted).isEqualTo(true);
        assertThat(deadlines.pausedDays()).isEqualTo(2);
        assertThat(deadlines.responseDue()).isEqualTo("2026-04-13"); // 12 April is a Sunday
    }

    @Test
    void informationAskedAfterTheFifthWorkingDay_isRecordedButSuspendsNothing() {
        Deadlines deadlines = compute(request("2026-03-10").withPause("2026-03-18", "2026-03-25"));

        assertThat(deadlines.pauses()).containsExactly(
                new PauseView(LocalDate.parse("2026-03-18"), LocalDate.parse("2026-03-25"), 0, false));
        assertThat(deadlines.pausedDays()).isZero();
        assertThat(deadlines.responseDue()).isEqualTo("2026-04-10");
    }

    @Test
    void thePromptWindowCountsWorkingDays_soAHolidayWidensIt() {
        // Receipt Thursday 2 April 2026: the fifth working day is Friday 10 April (Easter Monday skipped).
        Deadlines deadlines = compute(request("2026-04-02").withPause("2026-04-10", "2026-04-14"));

        assertThat(deadlines.pausedDays()).isEqualTo(3);
        assertThat(deadlines.responseDue()).isEqualTo("2026-05-05");
    }

    @Test
    void anOpenPause_pausesTheRequest_andItsDaysGrowUntilAnswered() {
        Request waiting = request("2026-03-10").withPause("2026-03-12", null);

        Deadlines onThe20th = compute(waiting.on("2026-03-20"));
        assertThat(onThe20th.paused()).isTrue();
        assertThat(onThe20th.overdue()).isFalse();
        assertThat(onThe20th.pausedDays()).isEqualTo(7);
        assertThat(onThe20th.responseDue()).isEqualTo("2026-04-17");
        assertThat(onThe20th.daysRemaining()).isEqualTo(28);

        Deadlines onThe25th = compute(waiting.on("2026-03-25"));
        assertThat(onThe25th.pausedDays()).isEqualTo(12);
        assertThat(onThe25th.responseDue()).isEqualTo("2026-04-22");
    }

    @Test
    void anOpenLatePause_doesNotStopTheClock_soTheRequestCanBeOverdue() {
        Deadlines deadlines = compute(request("2026-03-10").withPause("2026-03-18", null).on("2026-04-14"));

        assertThat(deadlines.paused()).isFalse();
        assertThat(deadlines.pausedDays()).isZero();
        assertThat(deadlines.overdue()).isTrue();
    }

    // --- status: overdue, days remaining, internal target --------------------------------------------------------

    @Test
    void daysRemaining_countDownToZeroOnTheDeadline_thenGoNegativeAndOverdue() {
        Request request = request("2026-03-10"); // due Friday 10 April

        assertThat(compute(request.on("2026-04-08"))).extracting(Deadlines::daysRemaining, Deadlines::overdue)
                .containsExactly(2, false);
        assertThat(compute(request.on("2026-04-10"))).extracting(Deadlines::daysRemaining, Deadlines::overdue)
                .containsExactly(0, false);
        assertThat(compute(request.on("2026-04-13"))).extracting(Deadlines::daysRemaining, Deadlines::overdue)
                .containsExactly(-3, true);
    }

    @Test
    void aClosedRequest_isNeverOverdue_andHasNoDaysRemaining() {
        Deadlines deadlines = compute(request("2026-03-10").on("2026-04-13").closed());

        assertThat(deadlines.overdue()).isFalse();
        assertThat(deadlines.daysRemaining()).isNull();
        assertThat(deadlines.effectiveDue()).isEqualTo("2026-04-10");
    }

    @Test
    void internalTarget_isFiveWorkingDaysBefore_skippingTheEasterWeekend() {
        assertThat(compute(request("2026-03-10", METROPOLITAN)).internalTarget()).isEqualTo("2026-04-02");
        assertThat(compute(request("2026-03-10", ALSACE_MOSELLE)).internalTarget()).isEqualTo("2026-04-01");
    }

    @Test
    void internalTarget_followsTheExtendedDeadline() {
        assertThat(compute(request("2026-01-31").withExtensionNotice("2026-02-20")).internalTarget())
                .isEqualTo("2026-04-23");
    }

    @Test
    void policyWindows_areConfigurable() {
        DeadlineEngine lenient = new DeadlineEngine(HOLIDAYS, new DeadlinePolicy(0, 10));
        Deadlines deadlines = lenient.compute(request("2026-03-10").withPause("2026-03-18", "2026-03-25").input());

        assertThat(deadlines.pausedDays()).isEqualTo(6);
        assertThat(deadlines.internalTarget()).isEqualTo(deadlines.effectiveDue());
    }

    // --- fixtures ----------------------------------------------------------------------------------------------

    private Deadlines compute(Request request) {
        return engine.compute(request.input());
    }

    private Deadlines compute(DeadlineInput input) {
        return engine.compute(input);
    }

    /** A request received at 10:00 in Paris on that day, still open, looked at on the day of receipt. */
    private static Request request(String receiptDate) {
        return request(receiptDate, METROPOLITAN);
    }

    private static Request request(String receiptDate, HolidayCalendar calendar) {
        LocalDate day = LocalDate.parse(receiptDate);
        return new Request(new DeadlineInput(day.atTime(10, 0).atZone(PARIS).toInstant(), PARIS, calendar, List.of(),
                null, true, day));
    }

    private record Request(DeadlineInput input) {

        Request withPause(String requestedOn, String answeredOn) {
            List<Pause> pauses = new ArrayList<>(input.pauses());
            LocalDate answered = answeredOn == null ? null : LocalDate.parse(answeredOn);
            pauses.add(new Pause(LocalDate.parse(requestedOn), answered));
            return new Request(new DeadlineInput(input.receivedAt(), input.zone(), input.calendar(), pauses,
                    input.extensionNoticeOn(), input.open(), input.today()));
        }

        Request withExtensionNotice(String sentOn) {
            return new Request(new DeadlineInput(input.receivedAt(), input.zone(), input.calendar(), input.pauses(),
                    LocalDate.parse(sentOn), input.open(), input.today()));
        }

        Request on(String today) {
            return new Request(new DeadlineInput(input.receivedAt(), input.zone(), input.calendar(), input.pauses(),
                    input.extensionNoticeOn(), input.open(), LocalDate.parse(today)));
        }

        Request closed() {
            return new Request(new DeadlineInput(input.receivedAt(), input.zone(), input.calendar(), input.pauses(),
                    input.extensionNoticeOn(), false, input.today()));
        }
    }
}
