package uk.council.evidence.web.staff;

import static java.util.stream.Collectors.joining;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.boundary.StaffAccounts;
import uk.council.evidence.staff.entity.NewAccount;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.staff.entity.StaffDraft;
import uk.council.evidence.staff.entity.StaffMember;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.Messages;

/**
 * Adding or changing one staff account. A rejected form keeps everything typed, and says what to
 * fix beside the field. A new account's or a reset one-time password is shown in this view once. An
 * administrator's own account is shown without role boxes: no one changes their own roles.
 */
@Named("staffEdit")
@ViewScoped
public class StaffEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient StaffAccounts accounts;
  @Inject transient Messages messages;
  @Inject transient FacesContext faces;
  @Inject transient Clock clock;
  @Inject transient SecurityContext security;

  private Long id;
  private String username;
  private String displayName;
  private String email;
  private Long serviceAreaId;
  private List<String> roles = new ArrayList<>();
  private boolean active = true;
  private boolean own;
  private boolean directory;
  private String awaiting;
  private String shownPassword;
  private boolean locked;
  private String lockedUntil;
  private boolean loaded;

  /** Loads the account named by the {@code id} parameter, once per view. */
  public void load() throws IOException {
    if (loaded) {
      return;
    }
    loaded = true;
    if (id == null) {
      return;
    }
    var found = accounts.find(id);
    if (found.isEmpty()) {
      faces.getExternalContext().responseSendError(404, "No such staff account");
      faces.responseComplete();
      return;
    }
    StaffMember m = found.get();
    username = m.getUsername();
    displayName = m.getDisplayName();
    email = m.getEmail();
    serviceAreaId = m.getServiceArea() == null ? null : m.getServiceArea().getId();
    Set<Role> pending = accounts.awaitingApproval(id);
    roles =
        java.util.stream.Stream.concat(m.getRoles().stream(), pending.stream())
            .sorted()
            .distinct()
            .map(Enum::name)
            // Mutable: on submit Faces makes a new list of the bound value's own class.
            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    awaiting = titles(pending);
    own = m.getUsername().equals(security.getCallerPrincipal().getName());
    directory = m.isDirectoryAccount();
    active = m.isActive();
    locked = m.isLockedAt(clock.instant());
    lockedUntil = m.getLockedUntil().map(Formats::dateTime).orElse(null);
  }

  public void save() throws IOException {
    try {
      // One's own roles are not on the form; null leaves them as they are.
      StaffDraft draft =
          new StaffDraft(
              username,
              displayName,
              email,
              serviceAreaId,
              own || directory ? null : chosenRoles(),
              active);
      if (id == null) {
        NewAccount created = accounts.create(draft);
        username = created.member().getUsername();
        shownPassword = created.oneTimePassword();
        messages.noticeHere(
            "Account " + username + " created." + awaitingSentence(created.awaitingApproval()));
        return;
      }
      accounts.update(id, draft);
      messages.notice(
          "Account " + username + " saved." + awaitingSentence(accounts.awaitingApproval(id)));
    } catch (InvalidInput e) {
      messages.reject("staff", e);
      return;
    }
    backToList();
  }

  private static String awaitingSentence(Set<Role> pending) {
    return pending.isEmpty()
        ? ""
        : " "
            + titles(pending)
            + (pending.size() == 1 ? " is" : " are")
            + " awaiting approval by a data protection officer or a compliance officer.";
  }

  private static String titles(Set<Role> roles) {
    return roles.stream().sorted().map(Role::title).collect(Collectors.joining(", "));
  }

  private EnumSet<Role> chosenRoles() {
    EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
    for (String name : roles) {
      try {
        chosen.add(Role.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new InvalidInput("roles", "Choose roles from the list.");
      }
    }
    return chosen;
  }

  public void resetPassword() {
    shownPassword = accounts.resetPassword(id);
    locked = false;
    messages.noticeHere(
        "Password for "
            + username
            + " reset. Their sessions are signed out."
            + awaitingSentence(accounts.awaitingApproval(id)));
  }

  public void unlock() throws IOException {
    accounts.unlock(id);
    messages.notice("Account " + username + " unlocked.");
    backToList();
  }

  private void backToList() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    ext.redirect(ext.getRequestContextPath() + "/admin/staff.xhtml");
  }

  public List<ServiceArea> getServiceAreas() {
    return accounts.serviceAreas();
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Long getServiceAreaId() {
    return serviceAreaId;
  }

  public void setServiceAreaId(Long serviceAreaId) {
    this.serviceAreaId = serviceAreaId;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  /**
   * Whether the account signs in through the council's directory, which gives its name, email and
   * roles (from its groups) at each sign-in, and keeps its password.
   */
  public boolean isDirectory() {
    return directory;
  }

  /** Whether this is the administrator's own account, whose roles they may not change. */
  public boolean isOwn() {
    return own;
  }

  /** The roles that await approval, as people say them; empty if none. */
  public String getAwaiting() {
    return awaiting;
  }

  /** The account's roles as people say them, for one's own account. */
  public String getRoleTitles() {
    return roles.stream().map(Role::valueOf).sorted().map(Role::title).collect(joining(", "));
  }

  /** The one-time password just issued, to be shown in this view only; null if none. */
  public String getShownPassword() {
    return shownPassword;
  }

  public boolean isLocked() {
    return locked;
  }

  public String getLockedUntil() {
    return lockedUntil;
  }
}
