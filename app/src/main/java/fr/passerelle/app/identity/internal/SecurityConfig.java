package fr.passerelle.app.identity.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.identity.ui.LoginView;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.expression.EvaluationContext;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  ThrottlingAuthenticationProvider authenticationProvider(
      AccountUserDetailsService users,
      PasswordEncoder encoder,
      LoginThrottle throttle,
      AuditLog audit) {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
    passwords.setPasswordEncoder(encoder);
    return new ThrottlingAuthenticationProvider(passwords, throttle, audit);
  }

  /**
   * Role checks ({@code @PreAuthorize}) read the account as it is now, not as it was at the login
   * (static: method security asks for it before the other beans exist).
   */
  @Bean
  static MethodSecurityExpressionHandler methodSecurityExpressionHandler(
      ObjectProvider<FreshAuthentication> fresh) {
    return new DefaultMethodSecurityExpressionHandler() {
      @Override
      public EvaluationContext createEvaluationContext(
          Supplier<? extends Authentication> authentication, MethodInvocation invocation) {
        return super.createEvaluationContext(
            () -> fresh.getObject().forMethodCall(authentication.get()), invocation);
      }
    };
  }

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      ThrottlingAuthenticationProvider provider,
      FreshAuthentication fresh,
      AuditLog audit)
      throws Exception {
    // Each request reads the account again: roles changed since the login apply at once, and a
    // disabled account's session ends (ADR 0024).
    http.addFilterAfter(
        new FreshAuthenticationFilter(fresh, audit), SecurityContextHolderFilter.class);
    http.authorizeHttpRequests(
        requests ->
            requests
                .requestMatchers(
                    "/styles/**", "/fonts/**", "/images/**", "/scripts/**", "/favicon.ico")
                .permitAll());
    // The form login uses this provider alone: registered as well as the global fallback, a
    // failure would be checked (and counted) twice.
    http.authenticationManager(new ProviderManager(provider));
    return http.with(
            VaadinSecurityConfigurer.vaadin(),
            vaadin -> {
              vaadin.loginView(LoginView.class, "/" + LoginView.ROUTE + "?deconnexion");
              // Unknown addresses reach the router, which shows the French "page not found".
              vaadin.anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated);
            })
        .build();
  }
}
