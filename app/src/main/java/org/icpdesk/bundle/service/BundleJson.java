package org.icpdesk.bundle.service;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.icpdesk.common.Json;

/** The JSON mapper for bundles: {@link Json}'s configuration plus the limits of the bundle format. */
public final class BundleJson {
    /** JSON nesting limit of the bundle format. */
    public static final int MAX_DEPTH = 32;
    /** Longest string the bundle format allows (64 KiB). */
    public static final int MAX_STRING = 64 * 1024;

    private BundleJson() {
    }

    public static ObjectMapper mapper() {
        ObjectMapper mapper = Json.mapper();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH + 1)
                .maxStringLength(MAX_STRING * 4)
                .build());
        return mapper;
    }
}
