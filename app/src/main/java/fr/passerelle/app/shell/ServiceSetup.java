package fr.passerelle.app.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import fr.passerelle.app.platform.Languages;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * French first: every new session starts in French, the page's {@code lang} follows the chosen
 * language, and Vaadin's own messages (session expired, connection lost, errors) are translated.
 */
@Component
class ServiceSetup implements VaadinServiceInitListener {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceSetup.class);
  private static final String PROFILE_SCRIPT = "./scripts/passerelle.js";
  private final Translations translations;
  private final List<RootAttributes> rootAttributes;

  ServiceSetup(Translations translations, List<RootAttributes> rootAttributes) {
    this.translations = translations;
    this.rootAttributes = rootAttributes;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addSessionInitListener(e -> e.getSession().setLocale(Languages.FRENCH));
    event.addIndexHtmlRequestListener(
        response -> {
          var html = response.getDocument().getElementsByTag("html");
          html.attr("lang", sessionLanguage());
          rootAttributes.forEach(r -> r.forCurrentRequest().forEach(html::attr));
          // The profile's script runs before Vaadin's components are created, on every page (the
          // login page too): it stops their animations for people who ask for less motion.
          response.getDocument().head().appendElement("script").attr("src", PROFILE_SCRIPT);
        });
    event
        .getSource()
        .addUIInitListener(
            e -> {
              UI ui = e.getUI();
              ui.getPage()
                  .executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage());
            });
    event.getSource().setSystemMessagesProvider(info -> messages(info.getLocale()));
    event
        .getSource()
        .addSessionInitListener(
            e ->
                e.getSession()
                    .setErrorHandler(
                        error -> {
                          LOG.error("Unexpected error", error.getThrowable());
                          UI ui = UI.getCurrent();
                          if (ui != null) {
                            ui.getChildren()
                                .filter(MainLayout.class::isInstance)
                                .map(MainLayout.class::cast)
                                .findFirst()
                                .ifPresent(MainLayout::announceUnexpectedError);
                          }
                        }));
  }

  private static String sessionLanguage() {
    VaadinSession session = VaadinSession.getCurrent();
    Locale locale = session == null ? Languages.FRENCH : session.getLocale();
    return locale == null ? Languages.FRENCH.getLanguage() : locale.getLanguage();
  }

  private CustomizedSystemMessages messages(@Nullable Locale locale) {
    CustomizedSystemMessages messages = new CustomizedSystemMessages();
    messages.setSessionExpiredCaption(t("system.sessionExpired.caption", locale));
    messages.setSessionExpiredMessage(t("system.sessionExpired.message", locale));
    messages.setSessionExpiredNotificationEnabled(true);
    messages.setInternalErrorCaption(t("system.internalError.caption", locale));
    messages.setInternalErrorMessage(t("system.internalError.message", locale));
    messages.setCookiesDisabledCaption(t("system.cookies.caption", locale));
    messages.setCookiesDisabledMessage(t("system.cookies.message", locale));
    return messages;
  }

  private String t(String key, @Nullable Locale locale) {
    return translations.getTranslation(key, locale == null ? Languages.FRENCH : locale);
  }
}
