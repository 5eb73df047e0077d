package uk.council.evidence.web.device;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.council.evidence.device.boundary.Devices;
import uk.council.evidence.device.entity.Dock;
import uk.council.evidence.device.entity.IssuedCredential;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.web.shell.Messages;

/**
 * The administrator's docks: register one, reissue or revoke its credential. A new credential is
 * shown on this page once, in this view only, and never again.
 */
@Named("docks")
@ViewScoped
public class DocksBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Devices devices;
  @Inject transient Messages messages;

  private String name;
  private String site;
  private String shownName;
  private String shownSecret;

  public List<Dock> getAll() {
    return devices.docks();
  }

  public void register() {
    try {
      show(devices.registerDock(name, site));
      name = null;
      site = null;
    } catch (InvalidInput e) {
      messages.reject("dock", e);
    }
  }

  public void reissue(long dockId) {
    show(devices.reissueCredential(dockId));
  }

  public void revoke(long dockId) {
    devices.revokeDock(dockId);
    shownSecret = null;
    messages.notice("The dock's credential is revoked: its next request will be refused.");
  }

  private void show(IssuedCredential credential) {
    shownName = credential.dock().getName();
    shownSecret = credential.secret();
  }

  public String getShownName() {
    return shownName;
  }

  public String getShownSecret() {
    return shownSecret;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }
}
