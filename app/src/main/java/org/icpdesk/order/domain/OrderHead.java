package org.icpdesk.order.domain;

/** The stored current version of an order: enough to decide what an incoming version does. */
public record OrderHead(String id, int version, OrderStatus status, String contentSha256) {
}
