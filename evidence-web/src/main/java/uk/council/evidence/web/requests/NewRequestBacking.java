package uk.council.evidence.web.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.request.boundary.Requests;
import uk.council.evidence.request.entity.Channel;
import uk.council.evidence.request.entity.FootageRequest;
import uk.council.evidence.request.entity.RequestForm;
import uk.council.evidence.request.entity.RequestKind;
import uk.council.evidence.request.entity.RequesterKind;
import uk.council.evidence.web.shell.Messages;

/**
 * Logging a request from the letter. What is typed goes to the request boundary as typed, which
 * reads and checks it; a refused form comes back with every field as it was.
 */
@Named("newRequest")
@RequestScoped
public class NewRequestBacking {

  @Inject Requests requests;
  @Inject Messages messages;
  @Inject FacesContext faces;
  @Inject Clock clock;

  private String kind = "";
  private String received;
  private String channel = "";
  private String requesterKind = "";
  private String name;
  private String address;
  private String email;
  private String phone;
  private String from;
  private String until;
  private String place;
  private String person;
  private String camera;
  private String officer;
  private String details;
  private String cameraId;
  private String wearerId;
  private String areaId;
  private boolean identityNeeded;

  /** Logs the request and opens its page, or shows what is wrong with the form. */
  public void log() throws IOException {
    FootageRequest logged;
    try {
      logged =
          requests.log(
              new RequestForm(
                  kind,
                  received,
                  channel,
                  requesterKind,
                  name,
                  address,
                  email,
                  phone,
                  from,
                  until,
                  place,
                  person,
                  camera,
                  officer,
                  details,
                  cameraId,
                  wearerId,
                  areaId,
                  identityNeeded),
              ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr());
    } catch (InvalidInput e) {
      messages.reject("log", e);
      return;
    }
    messages.notice("Request " + logged.getReference() + " logged.");
    ExternalContext ext = faces.getExternalContext();
    ext.redirect(ext.getRequestContextPath() + "/requests/request.xhtml?id=" + logged.getId());
  }

  public List<RequestKind> getKinds() {
    return List.of(RequestKind.values());
  }

  public List<Channel> getChannels() {
    return List.of(Channel.values());
  }

  public List<RequesterKind> getRequesterKinds() {
    return List.of(RequesterKind.values());
  }

  /** Today, the latest a request can have arrived, for the date field's limit. */
  public String getToday() {
    return LocalDate.now(clock.withZone(CouncilTime.ZONE)).toString();
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  /** What was typed; at first, today. */
  public String getReceived() {
    return received == null ? getToday() : received;
  }

  public void setReceived(String received) {
    this.received = received;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getRequesterKind() {
    return requesterKind;
  }

  public void setRequesterKind(String requesterKind) {
    this.requesterKind = requesterKind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public String getCamera() {
    return camera;
  }

  public void setCamera(String camera) {
    this.camera = camera;
  }

  public String getOfficer() {
    return officer;
  }

  public void setOfficer(String officer) {
    this.officer = officer;
  }

  public String getDetails() {
    return details;
  }

  public void setDetails(String details) {
    this.details = details;
  }

  public String getCameraId() {
    return cameraId;
  }

  public void setCameraId(String cameraId) {
    this.cameraId = cameraId;
  }

  public String getWearerId() {
    return wearerId;
  }

  public void setWearerId(String wearerId) {
    this.wearerId = wearerId;
  }

  public String getAreaId() {
    return areaId;
  }

  public void setAreaId(String areaId) {
    this.areaId = areaId;
  }

  public boolean isIdentityNeeded() {
    return identityNeeded;
  }

  public void setIdentityNeeded(boolean identityNeeded) {
    this.identityNeeded = identityNeeded;
  }
}
