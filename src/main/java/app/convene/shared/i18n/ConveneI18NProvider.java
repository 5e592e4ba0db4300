package app.convene.shared.i18n;

import app.convene.shared.SiteSettings;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every user-facing text comes from {@code i18n/messages*.properties}: English is the base bundle,
 * Spanish the {@code _es} one. A missing key shows as {@code !key!} and is logged, never thrown.
 * {@value #SITE_NAME} is the site's name as administrators stored it ({@link SiteSettings}, read at each use), so every
 * page title ends with it; the bundles' value is the fallback when no settings are at hand.
 */
@Component
public class ConveneI18NProvider implements I18NProvider {

    public static final String BUNDLE = "i18n/messages";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.of("es");
    public static final List<Locale> LOCALES = List.of(ENGLISH, SPANISH);
    /** The HTTP session attribute that keeps the language chosen in the header (a language tag). */
    public static final String CHOSEN_LANGUAGE = "convene.language";
    /** The key of the site's name. */
    public static final String SITE_NAME = "app.name";

    private static final Logger log = LoggerFactory.getLogger(ConveneI18NProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** The two bundles, kept: asking {@code ResourceBundle.getBundle} again at each use walks the caller's stack. */
    private static final ResourceBundle ENGLISH_TEXTS = ResourceBundle.getBundle(BUNDLE, ENGLISH, NO_FALLBACK);
    private static final ResourceBundle SPANISH_TEXTS = ResourceBundle.getBundle(BUNDLE, SPANISH, NO_FALLBACK);

    private final ObjectProvider<SiteSettings> site;
    /**
     * Each text with parameters is parsed once per language, not at every use (issue 19): parsing a {@code choice}
     * or number pattern made the JDK throw and catch an exception inside {@code MessageFormat} each time. A
     * {@code MessageFormat} is not thread-safe, so each is used under its own lock (formatting takes microseconds).
     */
    private final Map<Locale, Map<String, MessageFormat>> formats =
            Map.of(ENGLISH, new ConcurrentHashMap<>(), SPANISH, new ConcurrentHashMap<>());

    @Autowired
    public ConveneI18NProvider(ObjectProvider<SiteSettings> site) {
        this.site = site;
    }

    /** Texts from the bundles alone (tests of the bundles). */
    public ConveneI18NProvider() {
        this.site = null;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        if (SITE_NAME.equals(key) && params.length == 0) {
            String name = siteName();
            if (name != null) {
                return name;
            }
        }
        try {
            String pattern = bundle(effective).getString(key);
            if (params.length == 0) {
                return pattern;
            }
            MessageFormat format = formats.get(effective).computeIfAbsent(key, k -> new MessageFormat(pattern, effective));
            synchronized (format) {
                return format.format(params);
            }
        } catch (MissingResourceException e) {
            log.warn("Missing translation for key '{}' in {}", key, effective);
            return "!" + key + "!";
        }
    }

    private String siteName() {
        SiteSettings settings = site == null ? null : site.getIfAvailable();
        if (settings == null) {
            return null;
        }
        try {
            return settings.siteName();
        } catch (RuntimeException e) { // e.g. the database is away: an error page still gets a title
            log.debug("Site name not readable, the bundle's is used: {}", e.getMessage());
            return null;
        }
    }

    /** Whether the bundle of the locale has the key (for texts made from stored codes, e.g. audit actions). */
    public boolean has(String key, Locale locale) {
        try {
            bundle(supported(locale)).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /** The bundle of a supported locale. */
    private static ResourceBundle bundle(Locale supported) {
        return supported == SPANISH ? SPANISH_TEXTS : ENGLISH_TEXTS;
    }

    /**
     * The language of this browser session: the one chosen in the header, else the browser's
     * (Accept-Language), as a supported locale. For requests outside Vaadin, e.g. the start of sign-in.
     */
    public static Locale chosen(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(CHOSEN_LANGUAGE);
        return supported(chosen instanceof String tag ? Locale.forLanguageTag(tag) : request.getLocale());
    }

    /** The supported locale closest to the given one (by language), English otherwise. */
    public static Locale supported(Locale locale) {
        if (locale != null && SPANISH.getLanguage().equals(locale.getLanguage())) {
            return SPANISH;
        }
        return ENGLISH;
    }
}
