package org.icpdesk.rules.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.icpdesk.i18n.Messages;
import org.icpdesk.rules.domain.LocalizedText;
import org.icpdesk.rules.domain.MessageRenderer;
import org.icpdesk.rules.domain.Reason;

/**
 * Finding messages from the message bundles: the specifics ({@code rules.detail.*} keys) followed by the reason's
 * text from the catalogue, in Chinese and in English.
 */
public final class BundleMessageRenderer implements MessageRenderer {
    private final Messages zh;
    private final Messages en;

    public BundleMessageRenderer(Messages zh, Messages en) {
        this.zh = zh;
        this.en = en;
    }

    /** Renderer over the program's own bundles. */
    public static BundleMessageRenderer standard() {
        return new BundleMessageRenderer(new Messages(Locale.SIMPLIFIED_CHINESE), new Messages(Locale.ENGLISH));
    }

    @Override
    public LocalizedText render(Reason reason, String detailKey, List<Object> args) {
        if (detailKey == null) {
            return new LocalizedText(reason.zh(), reason.en());
        }
        String zhDetail = zh.get(detailKey, pick(args, true));
        String enDetail = en.get(detailKey, pick(args, false));
        return new LocalizedText(zhDetail + reason.zh(), enDetail + " " + reason.en());
    }

    private static Object[] pick(List<Object> args, boolean chinese) {
        List<Object> out = new ArrayList<>(args.size());
        for (Object a : args) {
            out.add(a instanceof LocalizedText ? (chinese ? ((LocalizedText) a).zh() : ((LocalizedText) a).en()) : a);
        }
        return out.toArray();
    }
}
