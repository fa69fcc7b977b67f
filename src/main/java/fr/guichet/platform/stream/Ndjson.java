package fr.guichet.platform.stream;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Newline-delimited JSON, written with the REST layer's mapper so that a line reads like the JSON answers. */
@ApplicationScoped
public class Ndjson {

    public static final String MEDIA_TYPE = "application/x-ndjson";

    private final ObjectMapper mapper;

    public Ndjson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Unchecked, so that it can sit in a stream pipeline; the failure ends the read-only transaction. */
    public void line(OutputStream out, Object value) {
        try {
            out.write(mapper.writeValueAsBytes(value));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
