package org.icpdesk.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.icpdesk.ocr.domain.Box;
import org.icpdesk.ocr.domain.CertificateKind;
import org.icpdesk.ocr.domain.CertificateReading;
import org.icpdesk.ocr.domain.FieldReading;
import org.icpdesk.ocr.domain.OcrPage;
import org.icpdesk.ocr.domain.Quality;
import org.icpdesk.ocr.domain.TextLine;
import org.icpdesk.ocr.engine.OcrEngine;
import org.icpdesk.ocr.engine.OcrException;

/**
 * A deliberately naive {@code CertificateReader} for exercising the accuracy harness before the real one exists:
 * decode, one engine on the untouched image (no orientation, deskew, crop or corrections), rows of lines joined left to
 * right, labels and regular expressions. Test code only; its figures say nothing about the product.
 */
final class StandInReader implements org.icpdesk.ocr.service.CertificateReader {
    private static final Pattern ID = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern CREDIT = Pattern.compile("[0-9A-Z]{18}");
    private static final Pattern CN_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern VALIDITY = Pattern.compile("(\\d{4})\\.(\\d{2})\\.(\\d{2})[-—–一]+(?:(\\d{4})\\.(\\d{2})\\.(\\d{2})|(长期))");

    private final OcrEngine engine;

    StandInReader(OcrEngine engine) {
        this.engine = engine;
    }

    @Override
    public CertificateReading read(byte[] image, CertificateKind kind) {
        BufferedImage img;
        try {
            img = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException e) {
            return CertificateReading.failed(kind, id(), "undecodable: " + e.getMessage());
        }
        if (img == null) {
            return CertificateReading.failed(kind, id(), "undecodable");
        }
        OcrPage page;
        try {
            page = engine.read(img);
        } catch (OcrException e) {
            return CertificateReading.failed(kind, id(), e.getMessage());
        }
        List<String> rows = rows(page);
        Map<String, String> v = new LinkedHashMap<>();
        String all = String.join("\n", rows);
        String compact = all.replaceAll("\\s", "");
        if (kind == CertificateKind.ID_CARD_FRONT) {
            v.put("name", after(rows, "姓名"));
            String sexRow = rowWith(rows, "性别");
            v.put("sex", sexRow == null ? null : sexRow.contains("女") ? "女" : sexRow.contains("男") ? "男" : null);
            String eth = after(rows, "民族");
            v.put("ethnicity", eth);
            Matcher m = CN_DATE.matcher(all);
            v.put("birth_date", m.find() ? date(m.group(1), m.group(2), m.group(3)) : null);
            v.put("address", between(rows, "住址", "公民身份"));
            Matcher id = ID.matcher(compact);
            v.put("id_number", id.find() ? id.group() : null);
        } else if (kind == CertificateKind.ID_CARD_BACK) {
            v.put("issuing_authority", after(rows, "签发机关"));
            Matcher m = VALIDITY.matcher(compact);
            if (m.find()) {
                v.put("valid_from", date(m.group(1), m.group(2), m.group(3)));
                v.put("valid_to", m.group(7) != null ? "长期" : date(m.group(4), m.group(5), m.group(6)));
            }
        } else if (kind == CertificateKind.BUSINESS_LICENSE) {
            Matcher c = CREDIT.matcher(compact);
            v.put("credit_code", c.find() ? c.group() : null);
            v.put("name", cut(after(rows, "名称"), "注册资本"));
            v.put("type", cut(after(rows, "类型"), "成立日期"));
            v.put("legal_representative", cut(after(rows, "法定代表人"), "营业期限"));
            v.put("address", between(rows, "住所", "登记机关"));
            v.put("registered_capital", after(rows, "注册资本"));
            String est = after(rows, "成立日期");
            Matcher m = est == null ? null : CN_DATE.matcher(est);
            v.put("established_date", m != null && m.find() ? date(m.group(1), m.group(2), m.group(3)) : null);
        } else if (kind == CertificateKind.DOMAIN_CERTIFICATE) {
            v.put("domain", after(rows, "域名："));
            v.put("registrant", after(rows, "注册者："));
            String reg = after(rows, "注册日期：");
            String exp = after(rows, "到期日期：");
            Matcher r = reg == null ? null : ISO_DATE.matcher(reg);
            Matcher e = exp == null ? null : ISO_DATE.matcher(exp);
            v.put("registered_date", r != null && r.find() ? r.group() : null);
            v.put("expiry_date", e != null && e.find() ? e.group() : null);
        }
        Map<String, FieldReading> fields = new LinkedHashMap<>();
        v.forEach((k, value) -> fields.put(k, value == null || value.isEmpty() ? FieldReading.unread()
                : new FieldReading(value, 0.5, new Box(0, 0, 0, 0), false)));
        return new CertificateReading(kind, Quality.good(), fields, id(), null);
    }

    /** Lines grouped into rows by vertical overlap, each row's lines left to right, joined without separators. */
    private static List<String> rows(OcrPage page) {
        List<TextLine> lines = new ArrayList<>(page.lines());
        lines.sort(Comparator.comparingDouble(l -> l.box().centerY()));
        List<List<TextLine>> rows = new ArrayList<>();
        for (TextLine l : lines) {
            List<TextLine> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && last.get(0).box().verticalOverlap(l.box()) > 0.5) {
                last.add(l);
            } else {
                List<TextLine> row = new ArrayList<>();
                row.add(l);
                rows.add(row);
            }
        }
        List<String> out = new ArrayList<>();
        for (List<TextLine> row : rows) {
            row.sort(Comparator.comparingInt(l -> l.box().x()));
            StringBuilder sb = new StringBuilder();
            for (TextLine l : row) {
                sb.append(l.text().replace(" ", "")).append(' ');
            }
            out.add(sb.toString().strip());
        }
        return out;
    }

    private static String rowWith(List<String> rows, String label) {
        for (String r : rows) {
            if (r.replace(" ", "").contains(label)) {
                return r;
            }
        }
        return null;
    }

    /** The first word after {@code label} on its row. */
    private static String after(List<String> rows, String label) {
        for (String r : rows) {
            int i = r.indexOf(label);
            if (i >= 0) {
                String rest = r.substring(i + label.length()).strip();
                int sp = rest.indexOf(' ');
                String word = sp < 0 ? rest : rest.substring(0, sp);
                return word.isEmpty() ? null : word;
            }
        }
        return null;
    }

    private static String cut(String value, String nextLabel) {
        if (value == null) {
            return null;
        }
        int i = value.indexOf(nextLabel);
        return i < 0 ? value : value.substring(0, i);
    }

    /** The text after {@code start} up to the row holding {@code end}, rows joined. */
    private static String between(List<String> rows, String start, String end) {
        StringBuilder sb = new StringBuilder();
        boolean in = false;
        for (String r : rows) {
            String row = r.replace(" ", "");
            if (!in) {
                int i = row.indexOf(start);
                if (i >= 0) {
                    in = true;
                    sb.append(row.substring(i + start.length()));
                }
            } else {
                if (row.contains(end)) {
                    break;
                }
                sb.append(row);
            }
        }
        return in ? sb.toString() : null;
    }

    private static String date(String y, String m, String d) {
        return String.format("%s-%02d-%02d", y, Integer.parseInt(m), Integer.parseInt(d));
    }

    @Override
    public String id() {
        return "stand-in/" + engine.id();
    }

    @Override
    public void close() {
        engine.close();
    }
}
