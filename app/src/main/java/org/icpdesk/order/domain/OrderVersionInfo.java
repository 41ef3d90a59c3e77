package org.icpdesk.order.domain;

import java.time.OffsetDateTime;

/** One received version of an order (the {@code order_version} row): when it came and in which bundle. */
public record OrderVersionInfo(int version, OffsetDateTime receivedAt, String bundleId) {
}
