package org.icpdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.icpdesk.i18n.UserMessage;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the H2 file store in a directory: {@code icpdesk.mv.db}, migrated by Flyway, {@code WRITE_DELAY=0} so that
 * every acknowledged commit survives a kill -9, optionally encrypted with {@code CIPHER=AES}.
 */
public final class StoreFactory {
    private static final Logger LOG = LoggerFactory.getLogger(StoreFactory.class);
    static final String DB_NAME = "icpdesk";
    private static final String USER = "icpdesk";
    /** Written beside the database when it is encrypted, so that the program knows to ask for the password. */
    static final String ENCRYPTED_MARKER = "store.encrypted";

    private StoreFactory() {
    }

    /** True when a store exists in {@code dir}. */
    public static boolean exists(Path dir) {
        return Files.exists(dir.resolve(DB_NAME + ".mv.db"));
    }

    /** True when the store in {@code dir} is encrypted (a password is needed to open it). */
    public static boolean isEncrypted(Path dir) {
        return Files.exists(dir.resolve(ENCRYPTED_MARKER));
    }

    /**
     * Opens (creating if needed) the store in {@code dir}. {@code password} null means unencrypted; a new
     * store created with a password is encrypted. The password array is cleared before returning.
     */
    public static Store open(Path dir, char[] password) {
        return open(dir, password, CompactionPolicy.STANDARD);
    }

    /** {@link #open(Path, char[])} with the given compaction policy at close. */
    public static Store open(Path dir, char[] password, CompactionPolicy compaction) {
        return open(dir, password, compaction, "");
    }

    /** Tests: {@code urlSettings} (";KEY=VALUE...") appended to the H2 URL. */
    static Store open(Path dir, char[] password, CompactionPolicy compaction, String urlSettings) {
        Path absolute = dir.toAbsolutePath().normalize();
        try {
            if (!Files.isDirectory(absolute)) {
                Files.createDirectories(absolute);
                restrictToOwner(absolute);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, UserMessage.of("store.error.io", absolute, e.getMessage()), e);
        }
        boolean existed = exists(absolute);
        boolean encrypted = existed ? isEncrypted(absolute) : password != null && password.length > 0;
        if (encrypted && (password == null || password.length == 0)) {
            throw new StoreException(StoreException.Kind.PASSWORD_REQUIRED, UserMessage.of("store.error.password-required", absolute), null);
        }
        JdbcDataSource ds = new JdbcDataSource();
        String url = "jdbc:h2:file:" + absolute.resolve(DB_NAME) + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0" + (encrypted ? ";CIPHER=AES" : "") + urlSettings;
        ds.setURL(url);
        ds.setUser(USER);
        if (encrypted) {
            // H2 takes "<file password> <user password>" and splits at the first space, so the store password
            // (which may contain spaces) goes in as the hex SHA-256 of its UTF-8 bytes; H2 stretches it with its own salt.
            String key = hexSha256(password);
            ds.setPasswordChars((key + " " + key).toCharArray());
        } else {
            ds.setPassword("");
        }
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
        pool.setMaxConnections(8);
        try {
            // The first connection opens the file: wrong password, lock and corruption show up here.
            pool.getConnection().close();
            if (encrypted && !existed) {
                Files.writeString(absolute.resolve(ENCRYPTED_MARKER), "CIPHER=AES\n");
            }
            migrate(pool, absolute);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, absolute, encrypted);
        } catch (IOException e) {
            pool.dispose();
            throw new StoreException(StoreException.Kind.IO, UserMessage.of("store.error.io", absolute, e.getMessage()), e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        LOG.info("Opened store {} (encrypted: {})", absolute, encrypted);
        return new JdbiStore(Jdbi.create(pool), pool, absolute, encrypted, compaction);
    }

    /** The store holds ID numbers and ID-card images: on POSIX systems only its owner may enter the directory. */
    private static void restrictToOwner(Path dir) throws IOException {
        if (Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    /**
     * The versions of {@code db/migration}, in order. A store whose history holds exactly these, all successful, is
     * current: the program skips Flyway (its class loading, jar scan and checksums cost 0.5-2.5 s of every start).
     * {@code StoreFactoryTest} fails when a migration file is added without its version here.
     */
    static final java.util.List<String> MIGRATIONS = java.util.List.of("1", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");

    /** True when the store's Flyway history lists exactly {@link #MIGRATIONS}, each successful. */
    static boolean isCurrent(JdbcConnectionPool pool) throws SQLException {
        try (java.sql.Connection c = pool.getConnection(); java.sql.Statement st = c.createStatement()) {
            try (java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return false;
                }
            }
            java.util.List<String> applied = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                    + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
                while (rs.next()) {
                    if (!rs.getBoolean(2)) {
                        return false;
                    }
                    applied.add(rs.getString(1));
                }
            }
            return applied.equals(MIGRATIONS);
        }
    }

    private static void migrate(JdbcConnectionPool pool, Path dir) {
        long started = System.nanoTime();
        try {
            if (isCurrent(pool)) {
                LOG.info("Store schema is current (checked in {} ms)", (System.nanoTime() - started) / 1_000_000);
                return;
            }
        } catch (SQLException e) {
            throw translate(e, dir, false);
        }
        try {
            Flyway.configure(StoreFactory.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            LOG.info("Store schema checked by Flyway in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (FlywayException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException) {
                throw translate((SQLException) cause, dir, false);
            }
            if (e.getMessage() != null && e.getMessage().contains("newer than")) {
                throw new StoreException(StoreException.Kind.NEWER_SCHEMA, UserMessage.of("store.error.newer-schema", dir), e);
            }
            throw new StoreException(StoreException.Kind.CORRUPT, UserMessage.of("store.error.migration", dir, e.getMessage()), e);
        }
    }

    private static String hexSha256(char[] password) {
        java.nio.ByteBuffer bytes = java.nio.charset.StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    static StoreException translate(SQLException e, Path dir, boolean encrypted) {
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return new StoreException(StoreException.Kind.LOCKED, UserMessage.of("store.error.locked", dir), e);
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
            case ErrorCode.WRONG_USER_OR_PASSWORD:
            case ErrorCode.WRONG_PASSWORD_FORMAT:
                return new StoreException(encrypted ? StoreException.Kind.WRONG_PASSWORD : StoreException.Kind.PASSWORD_REQUIRED,
                        UserMessage.of(encrypted ? "store.error.wrong-password" : "store.error.password-required", dir), e);
            case ErrorCode.FILE_CORRUPTED_1:
            case ErrorCode.FILE_VERSION_ERROR_1:
                return new StoreException(StoreException.Kind.CORRUPT, UserMessage.of("store.error.corrupt", dir), e);
            default:
                return new StoreException(StoreException.Kind.IO, UserMessage.of("store.error.io", dir, e.getMessage()), e);
        }
    }
}
