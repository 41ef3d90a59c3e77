package org.icpdesk.bundle.domain;

/** One line of {@code manifest.json}: an entry path, its size in bytes and its SHA-256 in lower-case hex. */
public record ManifestEntry(String path, long size, String sha256) {
}
