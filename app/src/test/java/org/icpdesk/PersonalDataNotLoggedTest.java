package org.icpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.icpdesk.common.Progress;
import org.icpdesk.demo.DemoGenerator;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.Principal;
import org.icpdesk.order.domain.Site;
import org.icpdesk.review.service.OcrReadingsAdapter;
import org.icpdesk.review.service.ReasonInput;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.security.domain.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * ID and phone numbers never reach a log: a reviewer's day (import a demo bundle, real OCR of every certificate — the
 * engine reads the ID numbers — rules, approve, reject, assisted edit, export, a broken bundle) runs with this
 * program's loggers at DEBUG and the libraries at their shipped levels (logback.xml), and no logged message, argument,
 * exception message or MDC value holds any ID or phone number of the orders.
 */
class PersonalDataNotLoggedTest {
    @TempDir
    Path dir;

    @Test
    void aReviewersDayLogsNoIdOrPhoneNumber() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.setContext(context);
        events.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger ours = context.getLogger("org.icpdesk");
        Level was = ours.getLevel();
        root.addAppender(events);
        ours.setLevel(Level.DEBUG);
        Set<String> personal = new HashSet<>();
        try {
            Path bundle = dir.resolve("demo.zip");
            new DemoGenerator(31).write(bundle, 4);
            Clock clock = Clock.fixed(DemoGenerator.CREATED_AT.toInstant(), ZoneId.of("Asia/Shanghai"));
            Actor reviewer = new Actor("reviewer01", Role.REVIEWER);
            try (AppContext app = AppContext.open(dir.resolve("store"), null, clock)) {
                app.imports().importBundle(bundle, Actor.system(), Progress.NONE);
                List<Order> orders = new ArrayList<>();
                app.orders().allIds().forEach(id -> orders.add(app.orders().find(id).orElseThrow()));
                for (Order o : orders) {
                    personal.addAll(personalNumbers(o));
                    app.ocr().unreadOf(o.id()).forEach(app.ocr()::readNow);
                    app.rules().check(o, LocalDate.now(clock), OcrReadingsAdapter.of(app.ocr().readings(o.id())));
                }
                app.reviews().approve(reviewer, orders.get(0).id(), orders.get(0).version());
                app.reviews().reject(reviewer, orders.get(1).id(), orders.get(1).version(),
                        List.of(new ReasonInput("RSP-ID-NUMBER-MISMATCH", List.of("principal.idNumber"), null)),
                        "ID on the card is " + orders.get(1).principal().idNumber());   // an internal note may hold it
                app.decisionExporter().export(reviewer, dir.resolve("decisions.zip"), null);
                Path broken = dir.resolve("broken.zip");
                Files.write(broken, Files.readAllBytes(bundle), java.nio.file.StandardOpenOption.CREATE);
                Files.write(broken, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
                assertThatThrownBy(() -> app.imports().importBundle(broken, Actor.system(), Progress.NONE));
            }
        } finally {
            root.detachAppender(events);
            ours.setLevel(was);
            events.stop();
        }
        assertThat(personal).as("the demo orders carry ID and phone numbers").hasSizeGreaterThan(8);
        assertThat(events.list).as("the day was logged").isNotEmpty();
        for (ILoggingEvent e : events.list) {
            String text = logged(e);
            assertThat(personal).as("%s %s: %s", e.getLevel(), e.getLoggerName(), text).noneMatch(text::contains);
        }
    }

    static Set<String> personalNumbers(Order o) {
        Set<String> out = new HashSet<>();
        add(out, o.principal());
        for (Site s : o.sites()) {
            add(out, s.principal());
        }
        if (!o.subject().isUnit()) {
            out.add(o.subject().certificateNumber());
        }
        out.removeIf(v -> v == null || v.length() < 7);
        return out;
    }

    static void add(Set<String> out, Principal p) {
        if (p != null) {
            out.add(p.idNumber());
            out.add(p.mobile());
            out.add(p.landline());
            out.add(p.emergencyPhone());
        }
    }

    /** Everything of an event that can reach a log file. */
    static String logged(ILoggingEvent e) {
        StringBuilder text = new StringBuilder(e.getFormattedMessage());
        if (e.getArgumentArray() != null) {
            for (Object a : e.getArgumentArray()) {
                text.append(' ').append(a);
            }
        }
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
        }
        e.getMDCPropertyMap().values().forEach(v -> text.append(' ').append(v));
        return text.toString();
    }
}
