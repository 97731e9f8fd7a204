package fr.passerelle.app.visio.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Jitsi deployment's hooks are machine calls without a login or a session: they pass the web
 * security (no CSRF token, no session) and are checked against the shared secret by {@code
 * JitsiHooks} itself.
 */
@Configuration
class HookSecurity {

  @Bean
  @Order(1)
  SecurityFilterChain visioHooks(HttpSecurity http) throws Exception {
    return http.securityMatcher("/api/visio/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .build();
  }
}
