package fr.guichet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The inline chart: escaped texts, bars to one scale, dots for the on-time rate, and an empty state. */
class MonthlyChartTest {

    @Test
    void escapesEveryText() {
        String svg = MonthlyChart.svg("Volume & <délais>", "\"quoted\" 'single'", "—",
                List.of(new MonthlyChart.Month("<b>mars</b>", 3, 50.0)));
        assertThat(svg).contains("<title id=\"chart-title\">Volume &amp; &lt;délais&gt;</title>",
                "<desc id=\"chart-desc\">&quot;quoted&quot; &#39;single&#39;</desc>", "&lt;b&gt;mars&lt;/b&gt;")
                .doesNotContain("<b>");
    }

    @Test
    void barsShareOneScaleAndRatesAreDots() {
        String svg = MonthlyChart.svg("t", "d", "e", List.of(new MonthlyChart.Month("2026-02", 4, 100.0),
                new MonthlyChart.Month("2026-03", 2, 50.0), new MonthlyChart.Month("2026-04", 0, null)));
        assertThat(svg).contains("height=\"160.0\"", "height=\"80.0\"", "height=\"0.0\"");
        // 100 % sits at the top of the plot (y 20), 50 % half way down (y 100); a month without answers has no dot.
        assertThat(svg).contains("cy=\"20.0\"", "cy=\"100.0\"", ">100.0 %</text>", ">50.0 %</text>");
        assertThat(svg.split("<circle", -1)).hasSize(3);
        assertThat(svg).contains("<polyline", "role=\"img\"", "aria-labelledby=\"chart-title chart-desc\"");
    }

    @Test
    void withoutDataSaysSo() {
        String svg = MonthlyChart.svg("t", "d", "Aucune donnée", List.of());
        assertThat(svg).contains(">Aucune donnée</text>").doesNotContain("<rect", "<circle", "<polyline");
        assertThat(MonthlyChart.barHeight(0, 1)).isZero();
    }
}
