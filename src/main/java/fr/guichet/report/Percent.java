package fr.guichet.report;

/** Shares as percentages rounded to one decimal, half up; null when there is nothing to divide by. */
final class Percent {

    private Percent() {
    }

    static Double of(long part, long whole) {
        return whole == 0 ? null : round(100.0 * part / whole);
    }

    static Double round(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
