package org.icpdesk;

import java.nio.file.Path;
import java.time.Clock;
import org.icpdesk.audit.service.AuditLog;
import org.icpdesk.audit.store.JdbiAuditDao;
import org.icpdesk.bundle.service.BundleReader;
import org.icpdesk.bundle.service.ImportService;
import org.icpdesk.bundle.store.JdbiBundleDao;
import org.icpdesk.demo.DemoSeeding;
import org.icpdesk.ocr.service.Engines;
import org.icpdesk.ocr.service.OcrService;
import org.icpdesk.ocr.store.JdbiOcrDao;
import org.icpdesk.order.service.FindingsIndex;
import org.icpdesk.order.service.OrderQueryService;
import org.icpdesk.order.store.JdbiDecisionDao;
import org.icpdesk.order.domain.ReviewDueRule;
import org.icpdesk.order.store.JdbiOrderDao;
import org.icpdesk.review.service.DecisionExporter;
import org.icpdesk.review.service.ReviewService;
import org.icpdesk.review.store.JdbiReviewDao;
import org.icpdesk.review.service.OcrReadingsAdapter;
import org.icpdesk.rules.service.RuleFindings;
import org.icpdesk.rules.service.RulesService;
import org.icpdesk.store.Store;
import org.icpdesk.store.StoreFactory;

/** The composition root: one store and the services on it, wired by hand (STYLE P1). */
public final class AppContext implements AutoCloseable {
    private final Store store;
    private final Clock clock;
    private final AuditLog audit;
    private final ImportService imports;
    private final OrderQueryService orders;
    private final DemoSeeding demoSeeding;
    private final JdbiOrderDao orderDao;
    private final FindingsIndex findings;
    private ReviewService reviews;
    private RulesService rules;
    private OcrService ocr;

    private final java.util.function.Supplier<RulesService> rulesSource;

    private AppContext(Store store, Clock clock, java.util.function.Supplier<RulesService> rulesSource) {
        this.store = store;
        this.clock = clock;
        this.rulesSource = rulesSource;
        // The stored findings summary compares with the cached OCR readings, and is refreshed as readings arrive.
        RuleFindings findingsRule = new RuleFindings(this::rules, clock, order -> OcrReadingsAdapter.of(ocr().readings(order.id())));
        this.orderDao = new JdbiOrderDao(reviewDue(), findingsRule);
        this.findings = new FindingsIndex(store, orderDao, findingsRule);
        this.audit = new AuditLog(new JdbiAuditDao(), clock);
        this.imports = new ImportService(store, new BundleReader(), orderDao, new JdbiDecisionDao(), new JdbiBundleDao(), audit, clock);
        this.orders = new OrderQueryService(store, orderDao);
        this.demoSeeding = new DemoSeeding(imports, orders, store.directory(), clock);
        orders.fillReviewDue();
        orders.fillSearchGrams();
    }

    private ReviewDueRule reviewDue() {
        return (provider, province, submitted) -> rules().initialReviewDueAt(provider, province, submitted);
    }

    /** Opens the store in {@code storeDir} (creating it; encrypted when a password is given for a new store). */
    public static AppContext open(Path storeDir, char[] password, Clock clock) {
        return open(storeDir, password, clock, RulesService::standard);
    }

    /** As {@link #open(Path, char[], Clock)}, with the rules from {@code rules} (the window loads them while the store opens). */
    public static AppContext open(Path storeDir, char[] password, Clock clock, java.util.function.Supplier<RulesService> rules) {
        return new AppContext(StoreFactory.open(storeDir, password), clock, rules);
    }

    public Store store() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    public AuditLog audit() {
        return audit;
    }

    public ImportService imports() {
        return imports;
    }

    public OrderQueryService orders() {
        return orders;
    }

    /**
     * The stored findings summary per order (queue filter "has findings"): {@code fillMissing} after opening a store
     * that lacks it, {@code refresh(orderId)} when an order's OCR readings change.
     */
    public FindingsIndex findings() {
        return findings;
    }

    public DemoSeeding demoSeeding() {
        return demoSeeding;
    }

    /** The reviewer's use cases (approve, reject, assisted edit, undo, conflicts). */
    public synchronized ReviewService reviews() {
        if (reviews == null) {
            reviews = new ReviewService(store, orderDao, new JdbiReviewDao(), audit, () -> rules().catalogue(), clock);
        }
        return reviews;
    }

    /** Writes decisions bundles. */
    public DecisionExporter decisionExporter() {
        return new DecisionExporter(store, new JdbiReviewDao(), new JdbiAuditDao(), audit, clock);
    }

    /**
     * The one rules service of the window and the commands: rule data, time limits and region tables as shipped.
     * Loaded on first use (about a third of a second), so commands that check nothing do not pay for it.
     */
    public synchronized RulesService rules() {
        if (rules == null) {
            rules = rulesSource.get();
        }
        return rules;
    }

    /**
     * OCR of the stored certificates with its cache. Engines start when the first image is read, not here: answering
     * from the cache costs no engine start.
     */
    public synchronized OcrService ocr() {
        if (ocr == null) {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            ocr = new OcrService(store, new JdbiOcrDao(), Engines.DEFAULT.cacheKey(), OcrService.defaultReader(Engines.DEFAULT, threads));
            OcrService service = ocr;
            ocr.addListener(sha256 -> service.ordersWithImage(sha256).forEach(findings::refresh));
        }
        return ocr;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (ocr != null) {
                ocr.close();
            }
        }
        store.close();
    }
}
