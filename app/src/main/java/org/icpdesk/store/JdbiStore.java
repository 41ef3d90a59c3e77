package org.icpdesk.store;

import java.nio.file.Path;
import java.util.function.Function;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/** {@link Store} over Jdbi and an H2 connection pool. */
final class JdbiStore implements Store {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JdbiStore.class);
    private final Jdbi jdbi;
    private final JdbcConnectionPool pool;
    private final Path directory;
    private final boolean encrypted;
    private final CompactionPolicy compaction;

    JdbiStore(Jdbi jdbi, JdbcConnectionPool pool, Path directory, boolean encrypted, CompactionPolicy compaction) {
        this.jdbi = jdbi;
        this.pool = pool;
        this.directory = directory;
        this.encrypted = encrypted;
        this.compaction = compaction;
    }

    @Override
    public <R> R inTransaction(Function<Tx, R> work) {
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> work.apply(new JdbiTx(h)));
    }

    @Override
    public <R> R read(Function<Tx, R> work) {
        return jdbi.withHandle(h -> {
            h.setReadOnly(true);
            try {
                return work.apply(new JdbiTx(h));
            } finally {
                h.setReadOnly(false);
            }
        });
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public boolean encrypted() {
        return encrypted;
    }

    @Override
    public void close() {
        try {
            compactIfBloated();
        } catch (RuntimeException e) {
            // The store closes all the same; compaction is tried again at the next close.
            LOG.warn("Compacting store {} failed", directory, e);
        } finally {
            pool.dispose();
        }
    }

    /** Runs SHUTDOWN COMPACT when the policy says the file is big and mostly dead (see {@link CompactionPolicy}). */
    private void compactIfBloated() {
        FileStats stats = fileStats();
        if (!compaction.compactAtClose(stats.fileBytes(), stats.fillPercent())) {
            return;
        }
        long started = System.nanoTime();
        if (pool.getActiveConnections() > 0) {
            LOG.warn("Store {} not compacted: {} connections still in use", directory, pool.getActiveConnections());
            return;
        }
        jdbi.useHandle(h -> h.execute("SHUTDOWN COMPACT"));
        long after = fileSize();
        LOG.info("Compacted store {}: {} MB ({}% live) -> {} MB in {} ms", directory, stats.fileBytes() >> 20, stats.fillPercent(),
                after >> 20, (System.nanoTime() - started) / 1_000_000);
    }

    /** The file's size and the share of its chunks still live, as H2 reports them. */
    record FileStats(long fileBytes, int fillPercent) {
    }

    FileStats fileStats() {
        return jdbi.withHandle(h -> {
            java.util.Map<String, String> info = new java.util.HashMap<>();
            h.createQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                            + "WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')")
                    .map((rs, ctx) -> java.util.Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> info.put(e.getKey(), e.getValue()));
            return new FileStats(Long.parseLong(info.getOrDefault("info.FILE_SIZE", "0")),
                    Integer.parseInt(info.getOrDefault("info.CHUNKS_FILL_RATE", "100")));
        });
    }

    private long fileSize() {
        try {
            return java.nio.file.Files.size(directory.resolve(StoreFactory.DB_NAME + ".mv.db"));
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
