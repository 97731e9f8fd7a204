package fr.passerelle.app.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.demo.DemoData;
import fr.passerelle.app.identity.LoginThrottledException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Login throttling and its audit trail, through the real provider on PostgreSQL. */
@PasserelleTest
class LoginThrottleTest {

  @Autowired ThrottlingAuthenticationProvider provider;
  @Autowired JdbcClient jdbc;

  private Authentication attempt(String username, String password, String address) {
    var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    token.setDetails(new WebAuthenticationDetails(address, null));
    return provider.authenticate(token);
  }

  @Test
  void fiveFailuresLockTheAccountEvenForTheRightPassword() {
    String user = "enseignant.bergson.cp";
    DemoAccounts demo = new DemoAccounts(jdbc);
    assertThat(attempt(user, DemoData.PASSWORD, "198.51.100.1").isAuthenticated()).isTrue();
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> attempt(user, "wrong", "198.51.100.1"))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThatThrownBy(() -> attempt(user, DemoData.PASSWORD, "198.51.100.2"))
        .isInstanceOfSatisfying(
            LoginThrottledException.class, e -> assertThat(e.fromAddress()).isFalse());
    assertThat(demo.auditCount("LOGIN_FAILURE", user, null)).isEqualTo(5);
    assertThat(demo.auditCount("LOCKOUT", user, null)).isEqualTo(1);
    assertThat(demo.auditCount("LOGIN_THROTTLED", user, null)).isEqualTo(1);
    assertThat(demo.auditCount("LOGIN_SUCCESS", user, null)).isEqualTo(1);
  }

  @Test
  void manyFailuresFromOneAddressBlockThatAddressOnly() {
    String address = "203.0.113.9";
    for (int i = 0; i < 100; i++) {
      String unknown = "inconnu" + i;
      assertThatThrownBy(() -> attempt(unknown, "wrong", address))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThatThrownBy(() -> attempt("enseignant.bergson.cm1", DemoData.PASSWORD, address))
        .isInstanceOfSatisfying(
            LoginThrottledException.class, e -> assertThat(e.fromAddress()).isTrue());
    assertThat(
            attempt("enseignant.bergson.cm1", DemoData.PASSWORD, "203.0.113.10").isAuthenticated())
        .isTrue();
  }

  @Test
  void usernamesAreMatchedWithoutCaseOrSurroundingSpaces() {
    assertThat(attempt("  Enseignant.Pasteur.CP ", DemoData.PASSWORD, "198.51.100.3"))
        .extracting(Authentication::isAuthenticated)
        .isEqualTo(true);
  }

  @Test
  void passwordsAreStoredOnlyAsBcryptHashes() {
    assertThat(
            jdbc.sql("select count(*) from account where password_hash not like '{bcrypt}$2%'")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("select count(*) from account where password_hash like ?")
                .param("%" + DemoData.PASSWORD + "%")
                .query(Long.class)
                .single())
        .isZero();
  }
}
