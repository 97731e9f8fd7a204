package fr.passerelle.app.identity.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.identity.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

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

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http, ThrottlingAuthenticationProvider provider) throws Exception {
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
