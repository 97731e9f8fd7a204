package fr.passerelle.app.identity;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.identity.internal.Account;
import fr.passerelle.app.identity.internal.AccountRepository;
import fr.passerelle.app.platform.LiveSignals;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes to an account's rights: a role given or removed, the account disabled
 * or enabled. Each is audited and applies at the person's next request on every node (their
 * authorities are read fresh); the person's open pages hear it on the live channel ({@link
 * #TOPIC}): a disabled account's pages end their session, the others reload with the new rights.
 */
@Service
@Transactional
public class AccountAdministration {

  /** The live topic of an account's changes: {@code account.<id>}. */
  public static final String TOPIC = "account";

  /** The kinds of the live signals an account's changes send. */
  public static final String CHANGED = "CHANGED";

  public static final String DISABLED = "DISABLED";

  private final AccountRepository accounts;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final LiveSignals live;

  AccountAdministration(
      AccountRepository accounts, CurrentUser currentUser, AuditLog audit, LiveSignals live) {
    this.accounts = accounts;
    this.currentUser = currentUser;
    this.audit = audit;
    this.live = live;
  }

  @PreAuthorize("hasRole('ADMIN')")
  public void grant(long accountId, Role role) {
    Account account = account(accountId);
    if (account.grant(role)) {
      changed(account, CHANGED, "role given: " + role);
    }
  }

  @PreAuthorize("hasRole('ADMIN')")
  public void revoke(long accountId, Role role) {
    Account account = account(accountId);
    if (account.getRoles().equals(java.util.Set.of(role))) {
      throw new IllegalStateException("An account keeps at least one role: disable it instead");
    }
    if (account.revoke(role)) {
      changed(account, CHANGED, "role removed: " + role);
    }
  }

  @PreAuthorize("hasRole('ADMIN')")
  public void disable(long accountId) {
    Account account = account(accountId);
    if (account.isEnabled()) {
      account.setEnabled(false);
      changed(account, DISABLED, "account disabled");
    }
  }

  @PreAuthorize("hasRole('ADMIN')")
  public void enable(long accountId) {
    Account account = account(accountId);
    if (!account.isEnabled()) {
      account.setEnabled(true);
      changed(account, CHANGED, "account enabled");
    }
  }

  private Account account(long accountId) {
    return accounts
        .findById(accountId)
        .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
  }

  private void changed(Account account, String kind, String detail) {
    audit.record(
        AuditKind.ACCOUNT_CHANGED,
        currentUser.require().username(),
        null,
        "account:" + account.getId(),
        detail);
    live.publish(TOPIC + "." + account.getId(), kind, account.getId());
  }
}
