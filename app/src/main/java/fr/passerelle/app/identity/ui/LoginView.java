package fr.passerelle.app.identity.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passerelle.accessibility.Announcer;
import fr.passerelle.app.identity.LoginThrottledException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;

/**
 * The login page: a plain form on the page (no overlay), labelled fields, errors shown and
 * announced, the password visibility toggle in French, no CAPTCHA.
 */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

  public static final String ROUTE = "connexion";

  private final LoginForm form = new LoginForm();
  private final Announcer announcer = new Announcer();

  public LoginView() {
    setId("main-content");
    addClassName("login-page");
    H1 title = new H1(getTranslation("login.heading"));
    Paragraph intro = new Paragraph(getTranslation("login.intro"));
    form.setI18n(i18n(null));
    form.setAction(ROUTE);
    form.setForgotPasswordButtonVisible(false);
    // The form's own title («Se connecter») is a heading under the page's h1, not a second h1.
    form.getElement().setAttribute("heading-level", "2");
    Paragraph help = new Paragraph(getTranslation("login.help"));
    help.addClassName("login-help");
    add(title, intro, form, help, announcer);
    // The password field inside the login form says "Show password" unless told otherwise.
    form.getElement()
        .executeJs(
            "customElements.whenDefined('vaadin-password-field').then(() => {"
                + " const f = this.querySelector('vaadin-password-field');"
                + " if (f) { f.i18n = Object.assign({}, f.i18n, {reveal: $0}); }"
                + " const u = this.querySelector('vaadin-text-field'); if (u) { u.focus(); } });",
            getTranslation("login.password.reveal"));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var parameters = event.getLocation().getQueryParameters().getParameters();
    if (parameters.containsKey("error")) {
      Object failure =
          VaadinSession.getCurrent() == null
              ? null
              : VaadinSession.getCurrent()
                  .getSession()
                  .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
      String key =
          failure instanceof LoginThrottledException throttled
              ? (throttled.fromAddress() ? "login.error.throttledAddress" : "login.error.throttled")
              : "login.error.credentials";
      form.setI18n(i18n(key));
      form.setError(true);
      announcer.announce(getTranslation(key + ".title") + ". " + getTranslation(key + ".message"));
    } else if (parameters.containsKey("deconnexion")) {
      announcer.announce(getTranslation("login.loggedOut"));
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("login.title") + " – " + getTranslation("app.name");
  }

  private LoginI18n i18n(@Nullable String errorKey) {
    LoginI18n i18n = LoginI18n.createDefault();
    LoginI18n.Form formTexts = i18n.getForm();
    formTexts.setTitle(getTranslation("login.form.title"));
    formTexts.setUsername(getTranslation("login.username"));
    formTexts.setPassword(getTranslation("login.password"));
    formTexts.setSubmit(getTranslation("login.submit"));
    formTexts.setForgotPassword(getTranslation("login.forgot"));
    LoginI18n.ErrorMessage error = i18n.getErrorMessage();
    String key = errorKey == null ? "login.error.credentials" : errorKey;
    error.setTitle(getTranslation(key + ".title"));
    error.setMessage(getTranslation(key + ".message"));
    error.setUsername(getTranslation("login.error.username"));
    error.setPassword(getTranslation("login.error.password"));
    return i18n;
  }
}
