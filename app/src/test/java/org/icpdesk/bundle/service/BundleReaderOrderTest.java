package org.icpdesk.bundle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.bundle.service.Rejections.assertRejected;
import static org.icpdesk.bundle.service.TestOrders.set;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.icpdesk.bundle.domain.ValidatedBundle;
import org.icpdesk.order.domain.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Order JSON: encoding, JSON limits, required fields, strict types, dates, ids. */
class BundleReaderOrderTest {
    private static final String ENTRY = "orders/A1.json";
    @TempDir
    Path dir;
    final BundleReader reader = new BundleReader();

    Path write(TestBundle test) {
        return test.write(dir.resolve("orders-bundle.zip"));
    }

    /** A bundle whose order entry holds exactly {@code json}. */
    Path withOrderBytes(byte[] json) {
        TestBundle test = TestBundle.empty().put(ENTRY, json)
                .put(TestOrders.license("A1"), TestImages.PNG).put(TestOrders.idFront("A1"), TestImages.JPEG);
        return write(test);
    }

    @Test
    void utf8ByteOrderMarkIsTolerated() {
        byte[] json = TestBundle.json(TestOrders.valid("A1"));
        byte[] withBom = ByteBuffer.allocate(json.length + 3).put(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).put(json).array();
        ValidatedBundle bundle = reader.read(withOrderBytes(withBom));
        assertThat(bundle.orders()).singleElement().satisfies(o -> assertThat(o.order().subject().name()).isEqualTo("深圳市示例科技有限公司"));
    }

    @Test
    void utf16IsRejected() {
        String text = new String(TestBundle.json(TestOrders.valid("A1")), StandardCharsets.UTF_8);
        Path bundle = withOrderBytes(text.getBytes(StandardCharsets.UTF_16LE));   // no BOM: told by the zero bytes
        assertRejected(() -> reader.read(bundle), BundleError.JSON_ENCODING, bundle.toString(), ENTRY, "UTF-16LE");
        Path withBom = withOrderBytes(text.getBytes(StandardCharsets.UTF_16));    // big-endian with BOM
        assertRejected(() -> reader.read(withBom), BundleError.JSON_ENCODING, withBom.toString(), ENTRY, "UTF-16BE");
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] json = TestBundle.json(TestOrders.valid("A1"));
        String text = new String(json, StandardCharsets.UTF_8);
        int at = text.indexOf("new-filing");
        json[at] = (byte) 0xC3;          // a lead byte followed by ASCII
        assertRejected(() -> reader.read(withOrderBytes(json)), BundleError.JSON_UTF8, dir.resolve("orders-bundle.zip").toString(), ENTRY, (long) at);
    }

    @Test
    void brokenJsonIsRejectedWithItsPosition() {
        Path bundle = withOrderBytes("{\"id\": \"A1\",\n \"version\": 3,,}".getBytes(StandardCharsets.UTF_8));
        assertRejected(() -> reader.read(bundle), BundleError.JSON_INVALID, bundle.toString(), ENTRY, 2L);
    }

    @Test
    void trailingContentAfterTheObjectIsRejected() {
        byte[] json = (new String(TestBundle.json(TestOrders.valid("A1")), StandardCharsets.UTF_8) + " {}").getBytes(StandardCharsets.UTF_8);
        Path bundle = withOrderBytes(json);
        assertRejected(() -> reader.read(bundle), BundleError.JSON_INVALID, bundle.toString(), ENTRY);
    }

    @Test
    void propertyGivenTwiceIsRejected() {
        String text = new String(TestBundle.json(TestOrders.valid("A1")), StandardCharsets.UTF_8)
                .replaceFirst("\"version\" : 3,", "\"version\" : 3, \"version\" : 4,");
        Path bundle = withOrderBytes(text.getBytes(StandardCharsets.UTF_8));
        assertRejected(() -> reader.read(bundle), BundleError.JSON_DUPLICATE_PROPERTY, bundle.toString(), ENTRY, "version");
    }

    @Test
    void nestingOf40IsRejectedAnd32Accepted() {
        Path deep = write(TestBundle.withOrder("A1", o -> o.put("x", nested(39))));            // root + 39 = 40 levels
        assertRejected(() -> reader.read(deep), BundleError.JSON_TOO_DEEP, deep.toString(), ENTRY, 32);
        Path ok = write(TestBundle.withOrder("A1", o -> o.put("x", nested(31))));              // root + 31 = 32 levels
        assertThat(reader.read(ok).orders()).hasSize(1);
    }

    private static Object nested(int levels) {
        Object value = "bottom";
        for (int i = 0; i < levels; i++) {
            value = TestOrders.list(value);
        }
        return value;
    }

    @Test
    void stringOf70KibIsRejectedAnd64KibAccepted() {
        Path tooLong = write(TestBundle.withOrder("A1", o -> set(o, "subject.remark", "x".repeat(70 * 1024))));
        assertRejected(() -> reader.read(tooLong), BundleError.JSON_STRING_TOO_LONG, tooLong.toString(), ENTRY, "subject.remark", 65536);
        Path chinese = write(TestBundle.withOrder("A1", o -> set(o, "subject.remark", "备".repeat(22 * 1024))));   // 66 KiB in UTF-8
        assertRejected(() -> reader.read(chinese), BundleError.JSON_STRING_TOO_LONG, chinese.toString(), ENTRY, "subject.remark");
        Path ok = write(TestBundle.withOrder("A1", o -> set(o, "subject.remark", "x".repeat(64 * 1024))));
        assertThat(reader.read(ok).orders()).hasSize(1);
    }

    @Test
    void orderJsonOverOneMibIsRejected() {
        String padded = new String(TestBundle.json(TestOrders.valid("A1")), StandardCharsets.UTF_8) + " ".repeat(1 << 20);
        Path bundle = withOrderBytes(padded.getBytes(StandardCharsets.UTF_8));
        assertRejected(() -> reader.read(bundle), BundleError.LIMIT_ORDER_JSON, bundle.toString(), ENTRY, 1L << 20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "version", "type", "province", "subject", "subject.kind", "subject.name",
        "sites[0].name", "sites[0].domains", "materials[0].id", "materials[0].kind", "materials[0].owner", "materials[0].file"})
    void requiredFieldMissingIsNamedByPath(String path) {
        Path bundle = write(TestBundle.withOrder("A1", o -> TestOrders.remove(o, path)));
        assertRejected(() -> reader.read(bundle), BundleError.FIELD_MISSING, bundle.toString(), ENTRY, path);
    }

    @Test
    void requiredFieldNullCountsAsMissing() {
        Path bundle = write(TestBundle.withOrder("A1", o -> set(o, "subject.name", null)));
        assertRejected(() -> reader.read(bundle), BundleError.FIELD_MISSING, bundle.toString(), ENTRY, "subject.name");
    }

    @Test
    void requiredFieldEmptyIsRejected() {
        Path blank = write(TestBundle.withOrder("A1", o -> set(o, "type", "  ")));
        assertRejected(() -> reader.read(blank), BundleError.FIELD_EMPTY, blank.toString(), ENTRY, "type");
        Path noDomains = write(TestBundle.withOrder("A1", o -> set(o, "sites[0].domains", TestOrders.list())));
        assertRejected(() -> reader.read(noDomains), BundleError.FIELD_EMPTY, noDomains.toString(), ENTRY, "sites[0].domains");
    }

    @Test
    void versionAsTextIsATypeError() {
        Path bundle = write(TestBundle.withOrder("A1", o -> set(o, "version", "3")));
        assertRejected(() -> reader.read(bundle), BundleError.JSON_TYPE_INTEGER, bundle.toString(), ENTRY, "version", "string");
    }

    @Test
    void versionWithAFractionIsATypeError() {
        Path bundle = write(TestBundle.withOrder("A1", o -> set(o, "version", 1.5)));
        assertRejected(() -> reader.read(bundle), BundleError.JSON_TYPE_INTEGER, bundle.toString(), ENTRY, "version", "1.5");
    }

    @Test
    void versionBelowOneIsRejected() {
        Path bundle = write(TestBundle.withOrder("A1", o -> set(o, "version", 0)));
        assertRejected(() -> reader.read(bundle), BundleError.INTEGER_RANGE, bundle.toString(), ENTRY, "version", "0");
    }

    @Test
    void wrongTypesAreNamedByPath() {
        Path provider = write(TestBundle.withOrder("A1", o -> set(o, "provider", 5)));
        assertRejected(() -> reader.read(provider), BundleError.JSON_TYPE_STRING, provider.toString(), ENTRY, "provider", "number");
        Path consent = write(TestBundle.withOrder("A1", o -> set(o, "assistedEditConsent", "yes")));
        assertRejected(() -> reader.read(consent), BundleError.JSON_TYPE_BOOLEAN, consent.toString(), ENTRY, "assistedEditConsent");
        Path sites = write(TestBundle.withOrder("A1", o -> set(o, "sites", TestOrders.map("name", "x"))));
        assertRejected(() -> reader.read(sites), BundleError.JSON_TYPE_ARRAY, sites.toString(), ENTRY, "sites", "object");
        Path subject = write(TestBundle.withOrder("A1", o -> set(o, "subject", "unit")));
        assertRejected(() -> reader.read(subject), BundleError.JSON_TYPE_OBJECT, subject.toString(), ENTRY, "subject", "string");
        Path domain = write(TestBundle.withOrder("A1", o -> set(o, "sites[0].domains[0]", 7)));
        assertRejected(() -> reader.read(domain), BundleError.JSON_TYPE_STRING, domain.toString(), ENTRY, "sites[0].domains[0]");
        Path language = write(TestBundle.withOrder("A1", o -> set(o, "sites[0].languages", TestOrders.list(TestOrders.map()))));
        assertRejected(() -> reader.read(language), BundleError.JSON_TYPE_STRING, language.toString(), ENTRY, "sites[0].languages[0]");
    }

    @Test
    void idValidToMustBeADateOrLongTerm() {
        Path month13 = write(TestBundle.withOrder("A1", o -> set(o, "principal.idValidTo", "2035-13-01")));
        assertRejected(() -> reader.read(month13), BundleError.ID_VALID_TO_INVALID, month13.toString(), ENTRY, "principal.idValidTo");
        Path forever = write(TestBundle.withOrder("A1", o -> set(o, "sites[0].principal.idValidTo", "forever")));
        assertRejected(() -> reader.read(forever), BundleError.ID_VALID_TO_INVALID, forever.toString(), ENTRY, "sites[0].principal.idValidTo");
    }

    @Test
    void instantWithoutOffsetIsRejected() {
        Path bundle = write(TestBundle.withOrder("A1", o -> set(o, "submittedAt", "2026-11-22T08:12:00")));
        assertRejected(() -> reader.read(bundle), BundleError.INSTANT_INVALID, bundle.toString(), ENTRY, "submittedAt");
    }

    @Test
    void idWithOtherCharactersIsRejected() {
        Path underscore = write(TestBundle.withOrder("A1", o -> set(o, "id", "A_1")));
        assertRejected(() -> reader.read(underscore), BundleError.ORDER_ID_INVALID, underscore.toString(), ENTRY, "A_1");
        String longId = "A".repeat(65);
        Path tooLong = write(TestBundle.withOrder("A1", o -> set(o, "id", longId)));
        assertRejected(() -> reader.read(tooLong), BundleError.ORDER_ID_INVALID, tooLong.toString(), ENTRY, longId);
    }

    @Test
    void idMustEqualTheFileName() {
        Path bundle = write(TestBundle.withOrder("A1", o -> set(o, "id", "A2")));
        assertRejected(() -> reader.read(bundle), BundleError.ORDER_ID_FILE, bundle.toString(), ENTRY, "A2");
    }

    @Test
    void entriesUnderOrdersMustBeNamedAfterAnOrder() {
        Path nested = write(TestBundle.withOrder("A1").put("orders/old/A0.json", "{}"));
        assertRejected(() -> reader.read(nested), BundleError.ORDER_ENTRY_NAME, nested.toString(), "orders/old/A0.json");
        Path text = write(TestBundle.withOrder("A1").put("orders/readme.txt", "hi"));
        assertRejected(() -> reader.read(text), BundleError.ORDER_ENTRY_NAME, text.toString(), "orders/readme.txt");
    }

    @Test
    void sameOrderIdTwiceIsRejected() {
        Map<String, Object> lower = TestOrders.valid("abc");
        Map<String, Object> upper = TestOrders.valid("ABC");
        set(upper, "materials", TestOrders.list());
        TestBundle test = TestBundle.empty().order(lower).order(upper)
                .put(TestOrders.license("abc"), TestImages.PNG).put(TestOrders.idFront("abc"), TestImages.JPEG);
        Path bundle = write(test);
        assertRejected(() -> reader.read(bundle), BundleError.ORDER_DUPLICATE, bundle.toString(), "orders/ABC.json", "ABC", "orders/abc.json");
    }

    @Test
    void unknownPropertiesAndUnknownListValuesAreAccepted() {
        Path bundle = write(TestBundle.withOrder("A1", o -> {
            o.put("futureField", TestOrders.map("anything", TestOrders.list(1, 2.5, true)));
            set(o, "type", "foo");
            set(o, "subject.certificateType", "MARTIAN_LICENSE");
            set(o, "sites[0].contentType", "holo-portal");
            set(o, "materials[1].kind", "RETINA_SCAN");
            set(o, "principal.idValidTo", "长期");
            set(o, "filingNumber", null);
        }));
        Order order = reader.read(bundle).orders().get(0).order();
        assertThat(order.type()).isEqualTo("foo");
        assertThat(order.subject().certificateType()).isEqualTo("MARTIAN_LICENSE");
        assertThat(order.materials().get(1).kind()).isEqualTo("RETINA_SCAN");
        assertThat(order.principal().idValidTo()).isEqualTo("长期");
    }
}
