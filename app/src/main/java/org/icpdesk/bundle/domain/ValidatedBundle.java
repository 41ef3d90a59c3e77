package org.icpdesk.bundle.domain;

import java.nio.file.Path;
import java.util.List;

/** An orders bundle that passed every check of the format; nothing in the store was touched to get it. */
public record ValidatedBundle(Path file, String sha256, Manifest manifest, List<IncomingOrder> orders) {
    public ValidatedBundle {
        orders = List.copyOf(orders);
    }
}
