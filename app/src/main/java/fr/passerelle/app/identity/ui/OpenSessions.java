package fr.passerelle.app.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.identity.AccountAdministration;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.media.live.Signal;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * This node's open sessions, and what an account's change does to them as soon as it is made on any
 * node (the live channel): a disabled account's pages go to the login page and its sessions end; an
 * account whose roles changed has its pages reloaded with its new rights.
 */
@Component
class OpenSessions implements VaadinServiceInitListener {

  private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
  private final LiveSignals live;
  private final AuditLog audit;

  OpenSessions(LiveSignals live, AuditLog audit) {
    this.live = live;
    this.audit = audit;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addSessionInitListener(e -> sessions.add(e.getSession()));
    event.getSource().addSessionDestroyListener(e -> sessions.remove(e.getSession()));
    live.subscribeUnder(AccountAdministration.TOPIC, this::changed);
  }

  private void changed(Signal signal) {
    long accountId = signal.subjectId();
    for (VaadinSession session : sessions) {
      if (accountOf(session) == accountId) {
        session.access(
            () -> {
              boolean disabled = AccountAdministration.DISABLED.equals(signal.kind());
              for (UI ui : session.getUIs()) {
                if (disabled) {
                  ui.getPage().setLocation(LoginView.ROUTE);
                } else {
                  ui.getPage().reload();
                }
              }
              if (disabled && session.getSession() != null) {
                audit.record(
                    AuditKind.SESSION_ENDED,
                    usernameOf(session),
                    null,
                    null,
                    "account disabled: its open session ended");
                session.getSession().invalidate();
              }
            });
      }
    }
  }

  private static @Nullable String usernameOf(VaadinSession session) {
    Object stored =
        session
            .getSession()
            .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    return stored instanceof SecurityContext context && context.getAuthentication() != null
        ? context.getAuthentication().getName()
        : null;
  }

  private static long accountOf(VaadinSession session) {
    var wrapped = session.getSession();
    if (wrapped == null) {
      return -1;
    }
    try {
      Object stored =
          wrapped.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
      if (stored instanceof SecurityContext context) {
        return CurrentUser.accountOf(context.getAuthentication());
      }
    } catch (IllegalStateException invalidated) {
      // The session ended meanwhile.
    }
    return -1;
  }
}
