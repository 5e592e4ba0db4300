package app.convene.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The site settings from the configuration ({@code convene.public-url}), until administrators store their own. */
@Component
class PropertySiteSettings implements SiteSettings {

    private final String publicUrl;

    PropertySiteSettings(@Value("${convene.public-url:http://localhost:8080}") String publicUrl) {
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Override
    public String siteName() {
        return "Convene";
    }

    @Override
    public String contactAddress() {
        return "";
    }

    @Override
    public String publicUrl() {
        return publicUrl;
    }

    @Override
    public boolean registrationOpenByDefault() {
        return true;
    }
}
