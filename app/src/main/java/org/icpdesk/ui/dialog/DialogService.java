package org.icpdesk.ui.dialog;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How view models ask and tell the user something (STYLE P12). Texts arrive already in the user's language;
 * dialogs always have the main window as owner. Tests use a scripted fake.
 */
public interface DialogService {
    /** Asks for an orders bundle to import ({@code *.zip}); empty when the user cancels. */
    Optional<Path> chooseBundle();

    /** Shows a failure and waits until the user closes the dialog. */
    void showError(String message);

    /** Shows a piece of information (About) and waits until the user closes it. */
    void showInformation(String header, String message);
}
