package org.icpdesk.bundle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.icpdesk.i18n.Messages;

/** Asserts a rejection: its key, that its arguments name the file (and entry), and that it renders in zh and en. */
final class Rejections {
    private Rejections() {
    }

    static BundleRejected assertRejected(ThrowingCallable call, BundleError error, Object... args) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("rejection").isInstanceOf(BundleRejected.class);
        BundleRejected rejected = (BundleRejected) thrown;
        assertThat(rejected.userMessage().key()).as("key of %s", rejected.userMessage()).isEqualTo(error.key());
        assertThat(rejected.userMessage().args()).as("args").contains(args);
        for (var locale : Messages.SUPPORTED) {
            String text = new Messages(locale).format(rejected.userMessage());
            assertThat(text).as("%s text", locale).doesNotContainPattern("\\{\\d").contains(String.valueOf(args[0]));
        }
        return rejected;
    }
}
