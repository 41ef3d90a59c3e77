package org.icpdesk.bundle.domain;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An orders bundle that passed every check of the format; nothing in the store was touched to get it.
 * {@code file} is the path as the user gave it (messages name it so), {@code sha256} is over the whole file,
 * {@code mediaTypes} maps every entry under {@code materials/} to the type its name says and its content proved.
 */
public record ValidatedBundle(Path file, String sha256, Manifest manifest, List<IncomingOrder> orders,
                              Map<String, MediaType> mediaTypes) {
    public ValidatedBundle {
        orders = List.copyOf(orders);
        mediaTypes = Map.copyOf(mediaTypes);
    }

    /** The media type of a material entry of this bundle. */
    public MediaType mediaType(ManifestEntry entry) {
        MediaType type = mediaTypes.get(entry.path());
        if (type == null) {
            throw new IllegalArgumentException("Not a material entry of this bundle: " + entry.path());
        }
        return type;
    }
}
