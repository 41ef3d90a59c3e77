package org.icpdesk.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible strings in one language. Bundles are {@code i18n/messages.properties} (English, the root)
 * and {@code i18n/messages_zh.properties}; both are UTF-8.
 */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = supported(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chinese for any Chinese locale, English otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** {@code zh} or {@code en} as given on a command line; anything else is null. */
    public static Locale parseLanguage(String tag) {
        if (tag == null) {
            return null;
        }
        switch (tag.toLowerCase(Locale.ROOT)) {
            case "zh": case "zh-cn": case "zh_cn": return Locale.SIMPLIFIED_CHINESE;
            case "en": return Locale.ENGLISH;
            default: return null;
        }
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No message for key " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String format(UserMessage message) {
        return get(message.key(), message.args().toArray());
    }

    /** A failure as a sentence: the user message of an expected failure, else a generic line naming the type. */
    public String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException) {
                return format(((UserFacingException) t).userMessage());
            }
        }
        return get("error.unexpected", failure.getClass().getSimpleName());
    }
}
