package fr.guichet.propagation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.guichet.platform.stream.Ndjson;
import fr.guichet.request.FlagRecord;

/**
 * Streams a flag snapshot as NDJSON or CSV. A body writer rather than a StreamingOutput because the cursor, known
 * only inside the snapshot's transaction, also goes in the {@value #CURSOR_HEADER} header, and a writer may still
 * set headers until it writes its first byte.
 */
@Provider
@Produces({ Ndjson.MEDIA_TYPE, FlagSnapshotWriter.CSV })
class FlagSnapshotWriter implements MessageBodyWriter<FlagSnapshot> {

    static final String CSV = "text/csv";
    static final String CURSOR_HEADER = "Feed-Cursor";
    private static final CSVFormat CSV_FORMAT = CSVFormat.RFC4180.builder()
            .setHeader("type", "processingId", "studyId", "participantCode", "since", "setByRequestReference")
            .get();

    private final PartnerFlags flags;
    private final Ndjson ndjson;

    FlagSnapshotWriter(PartnerFlags flags, Ndjson ndjson) {
        this.flags = flags;
        this.ndjson = ndjson;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == FlagSnapshot.class;
    }

    @Override
    public void writeTo(FlagSnapshot snapshot, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        if (mediaType.isCompatible(MediaType.valueOf(CSV))) {
            CsvSink csv = new CsvSink(headers, out);
            flags.snapshot(snapshot.partnerId(), csv);
            csv.printer.flush();
        } else {
            flags.snapshot(snapshot.partnerId(), new NdjsonSink(headers, out));
        }
    }

    /** The cursor as the first line, then one flag per line. */
    private final class NdjsonSink implements PartnerFlags.Sink {
        private final MultivaluedMap<String, Object> headers;
        private final OutputStream out;

        NdjsonSink(MultivaluedMap<String, Object> headers, OutputStream out) {
            this.headers = headers;
            this.out = out;
        }

        @Override
        public void cursor(String cursor) {
            headers.putSingle(CURSOR_HEADER, cursor);
            ndjson.line(out, Map.of("cursor", cursor));
        }

        @Override
        public void flag(FlagRecord flag) {
            ndjson.line(out, flag);
        }
    }

    /** RFC 4180 with a header row; the cursor travels only in the header. */
    private static final class CsvSink implements PartnerFlags.Sink {
        private final MultivaluedMap<String, Object> headers;
        private final OutputStream out;
        private CSVPrinter printer;

        CsvSink(MultivaluedMap<String, Object> headers, OutputStream out) {
            this.headers = headers;
            this.out = out;
        }

        /** The printer writes the header row as it opens: only once the cursor header is set. */
        @Override
        public void cursor(String cursor) {
            headers.putSingle(CURSOR_HEADER, cursor);
            try {
                printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSV_FORMAT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void flag(FlagRecord flag) {
            try {
                printer.printRecord(flag.type(), flag.processingId(), flag.studyId(), flag.participantCode(),
                        flag.since(), flag.setByRequestReference());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
