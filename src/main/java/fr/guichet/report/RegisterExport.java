package fr.guichet.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.guichet.platform.stream.ReadOnlyStreams;
import fr.guichet.request.RegisterFilter;
import fr.guichet.request.RegisterQuery;
import fr.guichet.request.RegisterRow;

/**
 * Writes the register as it is read, in one read-only transaction: each row goes to the client as the database
 * cursor yields it, so memory stays constant whatever the period.
 */
@ApplicationScoped
class RegisterExport {

    private final ReadOnlyStreams streams;
    private final RegisterQuery register;
    private final ObjectMapper mapper;

    RegisterExport(ReadOnlyStreams streams, RegisterQuery register, ObjectMapper mapper) {
        this.streams = streams;
        this.register = register;
        this.mapper = mapper;
    }

    void csv(RegisterFilter filter, OutputStream out) throws IOException {
        RegisterCsv csv = RegisterCsv.open(out);
        streams.repeatableRead(() -> register.forEach(filter, csv::print));
        csv.flush();
    }

    /** One JSON array of rows, written with the REST layer's mapper so that a row reads like the other answers. */
    void json(RegisterFilter filter, OutputStream out) throws IOException {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartArray();
            streams.repeatableRead(() -> register.forEach(filter, row -> write(json, row)));
            json.writeEndArray();
        }
    }

    private static void write(JsonGenerator json, RegisterRow row) {
        try {
            json.writeObject(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
