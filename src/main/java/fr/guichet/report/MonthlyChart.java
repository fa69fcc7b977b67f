package fr.guichet.report;

import java.util.List;
import java.util.Locale;

/**
 * Draws the monthly volume (bars) and on-time rate (dots joined by a line) as an inline SVG, server-side, so the
 * page needs no script and prints as it shows. Pure: the same input gives the same markup. Every text is escaped;
 * the title, description and labels make it readable by screen readers.
 */
final class MonthlyChart {

    /** One month: its label, the requests received and the percentage answered on time (null if none answered). */
    record Month(String label, long received, Double onTimePercent) {
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int PLOT_TOP = 20;
    static final int PLOT_HEIGHT = 160;
    private static final int LEFT = 40;
    private static final int RIGHT = 40;

    private MonthlyChart() {
    }

    static String svg(String title, String description, String emptyText, List<Month> months) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" aria-labelledby=\"chart-title chart-desc\">")
                .append("<title id=\"chart-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"chart-desc\">").append(escape(description)).append("</desc>");
        if (months.isEmpty()) {
            svg.append("<text class=\"empty\" x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\">").append(escape(emptyText)).append("</text>");
            return svg.append("</svg>").toString();
        }
        long max = Math.max(1, months.stream().mapToLong(Month::received).max().orElse(1));
        double slot = (WIDTH - LEFT - RIGHT) / (double) months.size();
        int baseline = PLOT_TOP + PLOT_HEIGHT;
        svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(baseline).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(baseline).append("\"/>");
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            Month month = months.get(i);
            double x = LEFT + i * slot;
            double centre = x + slot / 2;
            double height = barHeight(month.received(), max);
            svg.append("<rect class=\"bar\" x=\"").append(number(x + slot * 0.15)).append("\" y=\"")
                    .append(number(baseline - height)).append("\" width=\"").append(number(slot * 0.7))
                    .append("\" height=\"").append(number(height)).append("\"><title>").append(escape(month.label()))
                    .append(": ").append(month.received()).append("</title></rect>");
            svg.append(label("volume", centre, baseline - height - 4, Long.toString(month.received())));
            svg.append(label("month", centre, baseline + 16, month.label()));
            if (month.onTimePercent() != null) {
                double y = baseline - PLOT_HEIGHT * month.onTimePercent() / 100.0;
                line.append(line.isEmpty() ? "" : " ").append(number(centre)).append(',').append(number(y));
                svg.append("<circle class=\"rate\" cx=\"").append(number(centre)).append("\" cy=\"").append(number(y))
                        .append("\" r=\"4\"><title>").append(escape(month.label())).append(": ")
                        .append(number(month.onTimePercent())).append(" %</title></circle>");
                svg.append(label("rate-label", centre, y - 8, number(month.onTimePercent()) + " %"));
            }
        }
        if (!line.isEmpty()) {
            svg.append("<polyline class=\"rate-line\" fill=\"none\" points=\"").append(line).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /** Bars share one scale: the busiest month fills the plot. */
    static double barHeight(long received, long max) {
        return PLOT_HEIGHT * (double) received / max;
    }

    private static String label(String cssClass, double x, double y, String text) {
        return "<text class=\"" + cssClass + "\" x=\"" + number(x) + "\" y=\"" + number(y)
                + "\" text-anchor=\"middle\">" + escape(text) + "</text>";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
