package org.icpdesk.ui.dialog;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link DialogService} whose answers the test queues and whose messages it records (STYLE P12). */
public final class ScriptedDialogs implements DialogService {
    public final Deque<Optional<Path>> bundles = new ArrayDeque<>();
    public final List<String> errors = new CopyOnWriteArrayList<>();
    public final List<String> informations = new CopyOnWriteArrayList<>();

    @Override
    public Optional<Path> chooseBundle() {
        return bundles.isEmpty() ? Optional.empty() : bundles.removeFirst();
    }

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    @Override
    public void showInformation(String header, String message) {
        informations.add(header + "\n" + message);
    }
}
