package org.icpdesk.bundle.service;

import java.nio.file.Path;
import org.icpdesk.bundle.domain.ImportSummary;
import org.icpdesk.common.Progress;
import org.icpdesk.security.domain.Actor;

/** Imports an orders bundle: validates everything first, then writes in one transaction (or not at all). */
public interface BundleImporter {
    /**
     * @throws BundleRejected the bundle breaks the format; the store is unchanged
     * @throws org.icpdesk.store.StoreException the store cannot be written
     */
    ImportSummary importBundle(Path bundle, Actor actor, Progress progress);
}
