package fr.passerelle.app.identity.internal;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At each request of a logged-in person, reads their account again: roles given or removed since
 * the login apply to this request (routes, menus, role checks) and are kept in the session; a
 * disabled account's session ends here (audited) and the request goes on as anonymous, which sends
 * the person to the login page. Nothing of this is kept in one node's memory.
 */
class FreshAuthenticationFilter extends OncePerRequestFilter {

  private final FreshAuthentication fresh;
  private final AuditLog audit;
  private final HttpSessionSecurityContextRepository sessions =
      new HttpSessionSecurityContextRepository();

  FreshAuthenticationFilter(FreshAuthentication fresh, AuditLog audit) {
    this.fresh = fresh;
    this.audit = audit;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    Authentication current = holder.getContext().getAuthentication();
    if (FreshAuthentication.isLogin(current)) {
      Authentication now = fresh.refresh(current);
      if (now == null) {
        end(request, holder, current);
      } else if (now != current) {
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(now);
        holder.setContext(context);
        sessions.saveContext(context, request, response);
      }
    }
    chain.doFilter(request, response);
  }

  private void end(
      HttpServletRequest request, SecurityContextHolderStrategy holder, Authentication current) {
    audit.record(
        AuditKind.SESSION_ENDED,
        current.getName(),
        request.getRemoteAddr(),
        null,
        "account disabled since the login");
    holder.clearContext();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
