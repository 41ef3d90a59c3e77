package org.icpdesk.bundle.domain;

import java.util.List;
import org.icpdesk.order.domain.Order;

/**
 * An order read and validated from a bundle: the parsed order, its entry, the raw JSON as received and a
 * content hash over the JSON and every material it references (same id + version + other hash = bad input).
 */
public record IncomingOrder(Order order, String entryPath, byte[] json, String contentHash, List<ManifestEntry> materials) {
    public IncomingOrder {
        materials = List.copyOf(materials);
    }
}
