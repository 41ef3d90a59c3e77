package org.icpdesk.ocr.engine;

import com.sun.jna.Pointer;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import org.icpdesk.ocr.domain.Box;
import org.icpdesk.ocr.domain.OcrPage;
import org.icpdesk.ocr.domain.TextLine;

/**
 * Tesseract through Tess4J's JNA binding of the C API, with the system library (Debian's libtesseract5) and the
 * {@code chi_sim} model. One initialised handle per instance: re-initialising per image reloads the model (4x slower),
 * so the caller keeps one instance per worker thread. The image goes in as a raw 8-bit grey buffer (the ByteBuffer
 * API), which works with every Tess4J/libtesseract pairing, unlike {@code doOCR(BufferedImage)}.
 */
public final class TesseractEngine implements OcrEngine {

    /** Where Debian and Ubuntu install the models; {@code TESSDATA_PREFIX} overrides. */
    static final List<String> TESSDATA_DIRS = List.of("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
            "/usr/share/tessdata", "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata");

    /**
     * The interface mapping binds each C function when first called; the direct mapping (TessAPI1) binds all at load
     * and fails on libtesseract 5.3, which lacks functions newer Tess4J declares (TessPAGERendererCreate).
     */
    private static TessAPI API;

    private final TessBaseAPI handle;
    private final String id;

    public TesseractEngine() throws OcrException {
        this("chi_sim");
    }

    public TesseractEngine(String languages) throws OcrException {
        String dataPath = tessdata(languages);
        TessBaseAPI h;
        try {
            h = api().TessBaseAPICreate();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new OcrException("the Tesseract library (libtesseract5) is not installed: " + e.getMessage(), e);
        }
        if (API.TessBaseAPIInit3(h, dataPath, languages) != 0) {
            API.TessBaseAPIDelete(h);
            throw new OcrException("Tesseract could not load the model '" + languages + "' from " + dataPath);
        }
        API.TessBaseAPISetPageSegMode(h, ITessAPI.TessPageSegMode.PSM_AUTO);
        // Chinese is written without spaces; keep Tesseract from inventing them between characters.
        API.TessBaseAPISetVariable(h, "preserve_interword_spaces", "1");
        API.TessBaseAPISetVariable(h, "debug_file", "/dev/null");
        this.handle = h;
        this.id = "tesseract-" + API.TessVersion() + "-" + languages.replace('+', '_');
    }

    private static synchronized TessAPI api() {
        if (API == null) {
            API = TessAPI.INSTANCE;
        }
        return API;
    }

    private static String tessdata(String languages) throws OcrException {
        String first = languages.split("\\+")[0] + ".traineddata";
        String env = System.getenv("TESSDATA_PREFIX");
        List<String> dirs = new ArrayList<>();
        if (env != null && !env.isBlank()) {
            dirs.add(env);
            dirs.add(Path.of(env, "tessdata").toString());
        }
        dirs.addAll(TESSDATA_DIRS);
        for (String d : dirs) {
            if (Files.isRegularFile(Path.of(d, first))) {
                return d;
            }
        }
        throw new OcrException("the Tesseract model " + first + " is not installed (tesseract-ocr-chi-sim); looked in " + dirs);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public OcrPage read(BufferedImage image) throws OcrException {
        BufferedImage grey = grey(image);
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] pixels = ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        ByteBuffer buf = ByteBuffer.allocateDirect(pixels.length);
        buf.put(pixels).flip();
        API.TessBaseAPISetImage(handle, buf, w, h, 1, w);
        if (API.TessBaseAPIRecognize(handle, null) != 0) {
            throw new OcrException("Tesseract could not recognise the image");
        }
        List<TextLine> lines = new ArrayList<>();
        TessResultIterator ri = API.TessBaseAPIGetIterator(handle);
        if (ri == null) {
            return new OcrPage(w, h, lines);
        }
        try {
            TessPageIterator pi = API.TessResultIteratorGetPageIterator(ri);
            int level = ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE;
            IntBuffer l = IntBuffer.allocate(1), t = IntBuffer.allocate(1), r = IntBuffer.allocate(1), b = IntBuffer.allocate(1);
            do {
                Pointer p = API.TessResultIteratorGetUTF8Text(ri, level);
                if (p == null) {
                    continue;
                }
                String text = clean(p.getString(0, "UTF-8"));
                API.TessDeleteText(p);
                float conf = API.TessResultIteratorConfidence(ri, level);
                l.clear(); t.clear(); r.clear(); b.clear();
                API.TessPageIteratorBoundingBox(pi, level, l, t, r, b);
                if (!text.isEmpty()) {
                    lines.add(new TextLine(text, Math.max(0, Math.min(1, conf / 100.0)),
                            new Box(l.get(0), t.get(0), r.get(0) - l.get(0), b.get(0) - t.get(0))));
                }
            } while (API.TessResultIteratorNext(ri, level) == ITessAPI.TRUE);
        } finally {
            API.TessResultIteratorDelete(ri);
        }
        return new OcrPage(w, h, lines);
    }

    /** Removes the spaces Tesseract puts between CJK characters and trims the line. */
    static String clean(String s) {
        String t = s.strip();
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < t.length() && (isCjk(t.charAt(i - 1)) || isCjk(t.charAt(i + 1)))) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F);
    }

    private static BufferedImage grey(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return src;
        }
        BufferedImage g = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D gr = g.createGraphics();
        gr.drawImage(src, 0, 0, null);
        gr.dispose();
        return g;
    }

    @Override
    public void close() {
        API.TessBaseAPIEnd(handle);
        API.TessBaseAPIDelete(handle);
    }
}
