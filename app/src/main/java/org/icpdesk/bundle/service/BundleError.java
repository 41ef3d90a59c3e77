package org.icpdesk.bundle.service;

import java.util.Arrays;
import org.icpdesk.i18n.UserMessage;

/**
 * Why a bundle is refused: one message key per rule of {@code spec/bundle-format.md}. The first argument is
 * always the bundle file as the user gave it; for entry-level errors the second is the entry name.
 */
public enum BundleError {
    NOT_FOUND("not-found"),
    IO("io"),
    EMPTY("empty"),
    NOT_ZIP("not-zip"),
    TRUNCATED("truncated"),
    ZIP_CORRUPT("zip-corrupt"),
    ZIP_MULTI_DISK("zip-multi-disk"),
    ZIP_HIDDEN_DATA("zip-hidden-data"),
    ENTRY_CORRUPT("entry-corrupt"),
    ENTRY_ENCRYPTED("entry-encrypted"),
    ENTRY_METHOD("entry-method"),
    LOCAL_HEADER_MISMATCH("local-header-mismatch"),
    ENTRIES_OVERLAP("entries-overlap"),
    DIRECTORY_WITH_DATA("directory-with-data"),
    ENTRY_NAME_INVALID("entry-name-invalid"),
    ENTRY_NAME_ABSOLUTE("entry-name-absolute"),
    ENTRY_NAME_DRIVE("entry-name-drive"),
    ENTRY_NAME_BACKSLASH("entry-name-backslash"),
    ENTRY_NAME_DOTDOT("entry-name-dotdot"),
    DUPLICATE_ENTRY("duplicate-entry"),
    MANIFEST_MISSING("manifest-missing"),
    ENTRY_UNLISTED("entry-unlisted"),
    ENTRY_MISSING("entry-missing"),
    ENTRY_SIZE("entry-size"),
    ENTRY_SIZE_EXCEEDS("entry-size-exceeds"),
    ENTRY_HASH("entry-hash"),
    ENTRY_CHANGED("entry-changed"),
    LIMIT_TOTAL("limit-total"),
    LIMIT_MATERIAL("limit-material"),
    LIMIT_ORDERS("limit-orders"),
    LIMIT_ORDER_JSON("limit-order-json"),
    LIMIT_MANIFEST("limit-manifest"),
    LIMIT_RATIO("limit-ratio"),
    JSON_ENCODING("json-encoding"),
    JSON_UTF8("json-utf8"),
    JSON_INVALID("json-invalid"),
    JSON_TOO_DEEP("json-too-deep"),
    JSON_STRING_TOO_LONG("json-string-too-long"),
    JSON_DUPLICATE_PROPERTY("json-duplicate-property"),
    JSON_TYPE_OBJECT("json-type-object"),
    JSON_TYPE_ARRAY("json-type-array"),
    JSON_TYPE_STRING("json-type-string"),
    JSON_TYPE_INTEGER("json-type-integer"),
    JSON_TYPE_BOOLEAN("json-type-boolean"),
    INTEGER_RANGE("integer-range"),
    FIELD_MISSING("field-missing"),
    FIELD_EMPTY("field-empty"),
    MANIFEST_FORMAT("manifest-format"),
    FORMAT_VERSION_MISSING("format-version-missing"),
    FORMAT_VERSION_INVALID("format-version-invalid"),
    FORMAT_VERSION_NEWER("format-version-newer"),
    MANIFEST_KIND("manifest-kind"),
    MANIFEST_PATH_DUPLICATE("manifest-path-duplicate"),
    MANIFEST_LISTS_ITSELF("manifest-lists-itself"),
    MANIFEST_SHA256("manifest-sha256"),
    INSTANT_INVALID("instant-invalid"),
    ID_VALID_TO_INVALID("id-valid-to-invalid"),
    ORDER_ENTRY_NAME("order-entry-name"),
    ORDER_ID_INVALID("order-id-invalid"),
    ORDER_ID_FILE("order-id-file"),
    ORDER_DUPLICATE("order-duplicate"),
    MATERIAL_DUPLICATE_ID("material-duplicate-id"),
    MATERIAL_OWNER("material-owner"),
    MATERIAL_FILE_MISSING("material-file-missing"),
    MATERIAL_FILE_LOCATION("material-file-location"),
    MATERIAL_PDF_KIND("material-pdf-kind"),
    MATERIAL_EXTENSION("material-extension"),
    MATERIAL_TYPE_MISMATCH("material-type-mismatch"),
    MATERIAL_NOT_MEDIA("material-not-media"),
    MATERIAL_UNDECODABLE("material-undecodable"),
    MATERIAL_PDF_TRUNCATED("material-pdf-truncated"),
    MATERIAL_TOO_MANY_PIXELS("material-too-many-pixels");

    private final String key;

    BundleError(String suffix) {
        this.key = "bundle.error." + suffix;
    }

    /** The key in {@code i18n/messages*.properties}. */
    public String key() {
        return key;
    }

    public BundleRejected rejected(Object... args) {
        return new BundleRejected(UserMessage.of(key, args));
    }

    public BundleRejected rejected(Throwable cause, Object... args) {
        return new BundleRejected(new UserMessage(key, Arrays.asList(args)), cause);
    }
}
