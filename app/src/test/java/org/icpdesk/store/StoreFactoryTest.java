package org.icpdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFactoryTest {
    @TempDir
    Path dir;

    private static long countOrders(Store store) {
        return store.read(tx -> JdbiTx.handle(tx).createQuery("SELECT COUNT(*) FROM orders").mapTo(Long.class).one());
    }

    @Test
    void createsAndMigratesAPlainStore() {
        try (Store store = StoreFactory.open(dir, null)) {
            assertThat(store.encrypted()).isFalse();
            assertThat(countOrders(store)).isZero();
        }
        assertThat(StoreFactory.exists(dir)).isTrue();
        assertThat(StoreFactory.isEncrypted(dir)).isFalse();
    }

    @Test
    void aNewStoreDirectoryIsPrivateToItsOwner() throws Exception {
        Path fresh = dir.resolve("new-store");
        StoreFactory.open(fresh, null).close();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");
        assertThat(Files.list(fresh).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".trace.db"));
    }

    @Test
    void encryptedStoreOpensWithItsPasswordOnly() throws Exception {
        try (Store store = StoreFactory.open(dir, "s3cret pass".toCharArray())) {
            store.inTransaction(tx -> JdbiTx.handle(tx).execute(
                    "INSERT INTO reason (code, zh, en) VALUES ('X-LOCAL', '本地原因', 'local reason')"));
        }
        assertThat(StoreFactory.isEncrypted(dir)).isTrue();
        // The file holds no readable text of what was written.
        byte[] file = Files.readAllBytes(dir.resolve("icpdesk.mv.db"));
        assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("X-LOCAL", "CREATE TABLE");

        assertThatThrownBy(() -> StoreFactory.open(dir, "wrong".toCharArray()))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.WRONG_PASSWORD);
                    assertThat(e.userMessage().key()).isEqualTo("store.error.wrong-password");
                });
        assertThatThrownBy(() -> StoreFactory.open(dir, null))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.PASSWORD_REQUIRED));

        try (Store store = StoreFactory.open(dir, "s3cret pass".toCharArray())) {
            String en = store.read(tx -> JdbiTx.handle(tx).createQuery("SELECT en FROM reason WHERE code = 'X-LOCAL'")
                    .mapTo(String.class).one());
            assertThat(en).isEqualTo("local reason");
        }
    }

    @Test
    void secondProcessSeesALockedStore() throws Exception {
        try (Store store = StoreFactory.open(dir, null)) {
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LockProbe.class.getName(), dir.toString())
                    .redirectErrorStream(true).start();
            String output = new String(other.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(other.waitFor()).as(output).isEqualTo(0);
            assertThat(output).contains("LOCKED");
            assertThat(countOrders(store)).isZero();
        }
    }

    /** Tries to open a store that another process holds; prints the failure kind. */
    public static final class LockProbe {
        public static void main(String[] args) {
            try (Store store = StoreFactory.open(Path.of(args[0]), null)) {
                System.out.println("OPENED");
            } catch (StoreException e) {
                System.out.println(e.kind());
            }
        }
    }

    @Test
    void theListOfMigrationsIsTheMigrationFiles() throws Exception {
        java.util.List<String> files;
        try (var paths = Files.list(Path.of("src/main/resources/db/migration"))) {
            files = paths.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted(java.util.Comparator.comparingInt(Integer::parseInt)).toList();
        }
        assertThat(StoreFactory.MIGRATIONS).isEqualTo(files);
    }

    @Test
    void aCurrentStoreSkipsFlywayAndAStoreMissingAMigrationDoesNot() throws Exception {
        StoreFactory.open(dir, null).close();
        org.h2.jdbcx.JdbcConnectionPool pool = org.h2.jdbcx.JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("icpdesk"), "icpdesk", "");
        try {
            assertThat(StoreFactory.isCurrent(pool)).isTrue();
            try (var c = pool.getConnection(); var st = c.createStatement()) {
                st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '12'");
                for (String index : java.util.List.of("orders_subject_name_id", "orders_province_id", "orders_type_id", "orders_status_id")) {
                    st.execute("DROP INDEX " + index);
                }
            }
            assertThat(StoreFactory.isCurrent(pool)).isFalse();
        } finally {
            pool.dispose();
        }
        // Opening runs Flyway again: V12 is applied (its index exists again) and the store is current.
        try (Store store = StoreFactory.open(dir, null)) {
            assertThat(store.<Long>read(tx -> JdbiTx.handle(tx).createQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES "
                    + "WHERE INDEX_NAME = 'ORDERS_TYPE_ID'").mapTo(Long.class).one())).isEqualTo(1L);
        }
    }
}
