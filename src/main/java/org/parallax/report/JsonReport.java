package org.parallax.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.parallax.model.AnalysisResult;

/** The JSON report (format parallax-report/1, see the shared spec), written from the analysis result. */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static void write(AnalysisResult result, OutputStream out) throws IOException {
        MAPPER.writeValue(out, result);
        out.flush();
    }

    public static void write(AnalysisResult result, Path file) throws IOException {
        AtomicFiles.write(file, out -> MAPPER.writeValue(out, result));
    }

    public static AnalysisResult read(InputStream in) throws IOException {
        return MAPPER.readValue(in, AnalysisResult.class);
    }
}
