package org.icpdesk.bundle.service;

import java.nio.file.Path;
import org.icpdesk.bundle.domain.ManifestEntry;
import org.icpdesk.bundle.domain.ValidatedBundle;

/** TEMPORARY placeholder until the validator branch lands. */
public final class BundleReader {
    public ValidatedBundle read(Path bundle) {
        throw new UnsupportedOperationException();
    }

    public byte[] readEntry(ValidatedBundle bundle, ManifestEntry entry) {
        throw new UnsupportedOperationException();
    }
}
