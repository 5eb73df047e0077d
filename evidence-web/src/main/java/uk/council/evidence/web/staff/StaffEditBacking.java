package uk.council.evidence.web.staff;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.boundary.StaffAccounts;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.staff.entity.StaffDraft;
import uk.council.evidence.staff.entity.StaffMember;
import uk.council.evidence.web.shell.Messages;

/**
 * Adding or changing one staff account. A rejected form keeps everything typed except passwords,
 * and says what to fix beside the field.
 */
@Named("staffEdit")
@ViewScoped
public class StaffEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient StaffAccounts accounts;
  @Inject transient Messages messages;
  @Inject transient FacesContext faces;
  @Inject transient Clock clock;

  private Long id;
  private String username;
  private String displayName;
  private String email;
  private Long serviceAreaId;
  private List<String> roles = new ArrayList<>();
  private boolean active = true;
  private String password;
  private String newPassword;
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
    roles = m.getRoles().stream().sorted().map(Enum::name).toList();
    active = m.isActive();
    locked = m.isLockedAt(clock.instant());
    lockedUntil = m.getLockedUntil().map(StaffListBacking.WHEN::format).orElse(null);
  }

  public void save() throws IOException {
    StaffDraft draft;
    try {
      draft = new StaffDraft(username, displayName, email, serviceAreaId, chosenRoles(), active);
      if (id == null) {
        StaffMember created = accounts.create(draft, password);
        messages.notice("Account " + created.getUsername() + " created.");
      } else {
        accounts.update(id, draft);
        messages.notice("Account " + username + " saved.");
      }
    } catch (InvalidInput e) {
      password = null;
      messages.reject("staff", e);
      return;
    }
    backToList();
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

  public void resetPassword() throws IOException {
    try {
      accounts.resetPassword(id, newPassword);
    } catch (InvalidInput e) {
      newPassword = null;
      messages.reject("reset", new InvalidInput("newPassword", e.getMessage()));
      return;
    }
    messages.notice("Password for " + username + " changed. Tell them the new password in person.");
    backToList();
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

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public boolean isLocked() {
    return locked;
  }

  public String getLockedUntil() {
    return lockedUntil;
  }
}
