package fr.guichet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.guichet.testsupport.PackagedApp.Deployment;
import fr.guichet.testsupport.PackagedApp.Instance;

/**
 * The register streams: half a million requests go out as CSV from the packaged application running with a
 * 128 MB heap, which a list of every row (or a buffered body) would not survive.
 */
class RegisterExportIT {

    private static final int REQUESTS = 500_000;
    /** JAVA_TOOL_OPTIONS is read by the JVM itself, so the heap is set without changing how the app starts. */
    private static final Map<String, String> SMALL_HEAP = Map.of("JAVA_TOOL_OPTIONS", "-Xmx128m");

    @Test
    void halfAMillionRowsStreamAsCsvFromA128MegabyteHeap() throws Exception {
        try (Deployment deployment = Deployment.start()) {
            Instance desk = deployment.launch("register-export", SMALL_HEAP);
            try (Connection connection = deployment.connect(); Statement sql = connection.createStatement()) {
                seed(sql);
            }

            HttpClient http = HttpClient.newHttpClient();
            HttpRequest export = HttpRequest.newBuilder(desk.baseUri()
                    .resolve("/api/v1/reports/register?from=2025-01-01&to=2026-12-31"))
                    .header("Accept", "text/csv")
                    .header("Authorization", "Bearer " + deployment.token("it-compliance", "compliance"))
                    .timeout(Duration.ofMinutes(2)).GET().build();
            HttpResponse<InputStream> response = http.send(export, HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            long lines = 0;
            String header;
            try (BufferedReader csv = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                header = csv.readLine();
                while (csv.readLine() != null) {
                    lines++;
                }
            }

            assertThat(header).startsWith("\uFEFFreference,right,");
            assertThat(lines).isEqualTo(REQUESTS);
            assertThat(desk.process().isAlive()).isTrue();
            assertThat(desk.management("/q/health/live").statusCode()).isEqualTo(200);
            assertThat(desk.log()).doesNotContain("OutOfMemoryError");
        }
    }

    /** One controller and processing; requests spread over two years, each with its processing row. */
    private static void seed(Statement sql) throws Exception {
        sql.execute("""
                INSERT INTO controllers (id, name, dpo_email, time_zone, holiday_calendar, created_at, updated_at)
                VALUES ('00000000-0000-0000-0000-000000000001', 'Centre de volume', 'dpo@volume.example',
                        'Europe/Paris', 'METROPOLITAN', now(), now())""");
        sql.execute("""
                INSERT INTO processings (id, controller_id, name, legal_basis, rights, created_at, updated_at)
                VALUES ('00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000001',
                        'Entrepôt de volume', 'PUBLIC_TASK', ARRAY['ACCESS'], now(), now())""");
        sql.execute("""
                INSERT INTO requests (id, reference, controller_id, requested_right, channel, received_at, language,
                                      requester_role, identity, status, effective_due, internal_target, created_at,
                                      last_activity_at, receipt_date, response_due)
                SELECT gen_random_uuid(), 'VOL-' || n, '00000000-0000-0000-0000-000000000001', 'ACCESS', 'WEB',
                       day, 'fr', 'SELF', '\\x00'::bytea, 'RECEIVED', day::date + 30, day::date + 25, day, day,
                       day::date, day::date + 30
                FROM generate_series(1, %d) AS n,
                     LATERAL (SELECT timestamptz '2025-01-01 10:00+01' + (n %% 700) * interval '1 day' AS day) d
                """.formatted(REQUESTS));
        sql.execute("""
                INSERT INTO request_processings (request_id, processing_id)
                SELECT id, '00000000-0000-0000-0000-000000000002' FROM requests""");
        sql.execute("ANALYZE requests, request_processings");
    }
}
