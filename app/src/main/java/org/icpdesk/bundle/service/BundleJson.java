package org.icpdesk.bundle.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.StreamReadConstraints;

/** The JSON mapper for bundles: ISO dates with offsets, unknown properties ignored, limits of the format. */
public final class BundleJson {
    /** JSON nesting limit of the bundle format. */
    public static final int MAX_DEPTH = 32;
    /** Longest string the bundle format allows (64 KiB). */
    public static final int MAX_STRING = 64 * 1024;

    private BundleJson() {
    }

    public static ObjectMapper mapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH + 1)
                .maxStringLength(MAX_STRING * 4)
                .build());
        return mapper;
    }
}
