package fr.passerelle.app.filtering.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The decision API has its own filter chain: no session, no CSRF, no login page; the controller
 * checks the proxies' shared token.
 */
@Configuration
class FilteringApiSecurity {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain filteringApiChain(HttpSecurity http) throws Exception {
    return http.securityMatcher("/api/filtrage/**")
        .authorizeHttpRequests(r -> r.anyRequest().permitAll())
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }
}
