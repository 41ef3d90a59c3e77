package org.icpdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store compacts its file at close when it is big and mostly dead, and leaves it alone otherwise. */
class StoreCompactionTest {
    static final CompactionPolicy SMALL = new CompactionPolicy(4L << 20, 80);
    /**
     * H2 compacts for at most 200 ms when it closes a file: enough for these few MB, far too little for a 6 GB file. Off
     * here, so that only the policy can shrink the file.
     */
    static final String NO_CLOSE_COMPACTION = ";MAX_COMPACT_TIME=0";

    @TempDir
    Path dir;

    /** Writes and deletes 80 blobs of 512 KB, a transaction each: the file grows with dead chunks. */
    private static void churn(Store store) {
        byte[] data = new byte[512 * 1024];
        new java.util.Random(1).nextBytes(data);   // incompressible
        for (int i = 0; i < 80; i++) {
            String sha = String.format("%064d", i);
            store.inTransaction(tx -> JdbiTx.handle(tx).createUpdate("INSERT INTO blob (sha256, size, media_type, data) "
                    + "VALUES (:sha, :size, 'image/png', :data)").bind("sha", sha).bind("size", data.length).bind("data", data).execute());
        }
        for (int i = 0; i < 80; i++) {
            String sha = String.format("%064d", i);
            store.inTransaction(tx -> JdbiTx.handle(tx).createUpdate("DELETE FROM blob WHERE sha256 = :sha").bind("sha", sha).execute());
        }
    }

    private long fileSize() throws Exception {
        return Files.size(dir.resolve("icpdesk.mv.db"));
    }

    @Test
    void aBigMostlyDeadFileShrinksAtClose() throws Exception {
        long before;
        try (Store store = StoreFactory.open(dir, null, SMALL, NO_CLOSE_COMPACTION)) {
            churn(store);
            JdbiStore.FileStats stats = ((JdbiStore) store).fileStats();
            assertThat(stats.fileBytes()).isGreaterThan(SMALL.minFileBytes());
            assertThat(stats.fillPercent()).isLessThanOrEqualTo(SMALL.maxFillPercent());
            before = fileSize();
        }
        long after = fileSize();
        assertThat(after).isLessThan(before / 4);
        try (Store store = StoreFactory.open(dir, null, SMALL)) {
            assertThat(store.<Long>read(tx -> JdbiTx.handle(tx).createQuery("SELECT COUNT(*) FROM blob").mapTo(Long.class).one())).isZero();
        }
    }

    @Test
    void withoutTheNeedTheFileStaysAsItIs() throws Exception {
        long before;
        try (Store store = StoreFactory.open(dir, null, CompactionPolicy.NEVER, NO_CLOSE_COMPACTION)) {
            churn(store);
            before = fileSize();
        }
        assertThat(fileSize()).isGreaterThanOrEqualTo(before / 2);
        assertThat(fileSize()).isGreaterThan(SMALL.minFileBytes());
    }

    @Test
    void thePolicyWantsBigAndMostlyDead() {
        assertThat(CompactionPolicy.STANDARD.compactAtClose(6_000L << 20, 12)).isTrue();
        assertThat(CompactionPolicy.STANDARD.compactAtClose(6_000L << 20, 80)).isFalse();
        assertThat(CompactionPolicy.STANDARD.compactAtClose(10L << 20, 5)).isFalse();
        assertThat(CompactionPolicy.NEVER.compactAtClose(Long.MAX_VALUE - 1, 0)).isFalse();
    }
}
