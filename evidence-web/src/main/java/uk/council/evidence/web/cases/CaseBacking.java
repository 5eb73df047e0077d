package uk.council.evidence.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.casework.boundary.Cases;
import uk.council.evidence.casework.boundary.Clips;
import uk.council.evidence.casework.boundary.DisclosurePackages;
import uk.council.evidence.casework.boundary.Disclosures;
import uk.council.evidence.casework.entity.CaseNotVisible;
import uk.council.evidence.casework.entity.CaseStatus;
import uk.council.evidence.casework.entity.CaseType;
import uk.council.evidence.casework.entity.CaseView;
import uk.council.evidence.casework.entity.Clip;
import uk.council.evidence.casework.entity.DisclosurePackage;
import uk.council.evidence.casework.entity.EvidenceCase;
import uk.council.evidence.casework.entity.Exhibit;
import uk.council.evidence.casework.entity.ExhibitView;
import uk.council.evidence.casework.entity.LawfulBasis;
import uk.council.evidence.casework.entity.Recipient;
import uk.council.evidence.casework.entity.RecipientKind;
import uk.council.evidence.footage.entity.MediaFile;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.reports.disclosure.PackageNotBuilt;
import uk.council.evidence.reports.disclosure.PackageProduction;
import uk.council.evidence.retention.entity.Hold;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.Messages;

/**
 * A case's page: details (and changing them), exhibits with their holds and chain of custody,
 * notes, removing an exhibit, closing the case, and the case's history.
 */
@Named("evidenceCase")
@RequestScoped
public class CaseBacking {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
  private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  @Inject Cases cases;
  @Inject Clips clipsBoundary;
  @Inject DisclosurePackages disclosures;
  @Inject PackageProduction production;
  @Inject Messages messages;
  @Inject FacesContext faces;
  @Inject Clock clock;

  private Long id;
  private final CaseDetailsForm details = new CaseDetailsForm();
  private CaseView view;

  private String status;
  private Long version;
  private String note;
  private Long exhibitId;
  private String removeReason;
  private boolean confirmRemove;
  private String closeReason;
  private boolean confirmClose;
  private Long clipExhibitId;
  private String clipStart;
  private String clipEnd;
  private String recipientKind;
  private String organisation;
  private String officer;
  private String lawfulBasis;
  private String purpose;
  private String expires;
  private Long revokePackageId;
  private String revokeReason;
  private boolean confirmRevoke;
  private java.util.Map<Long, List<Clip>> clips;
  private List<DisclosurePackage> packages;

  /** Opens the case (audited), or answers 404 if this person may not see it. */
  public void load() throws IOException {
    if (faces.isPostback()) {
      return;
    }
    try {
      if (id == null || getView() == null) {
        notFound();
        return;
      }
    } catch (CaseNotVisible e) {
      notFound();
      return;
    }
    EvidenceCase c = view.evidenceCase();
    details.fill(c);
    status = c.getStatus().name();
    version = c.getVersion();
  }

  public void cutClip() throws IOException {
    if (clipExhibitId == null) {
      messages.reject("clip", new InvalidInput("exhibitId", "Choose the exhibit to cut from."));
      return;
    }
    Clip clip;
    try {
      clip = clipsBoundary.cutClip(clipExhibitId, clipStart, clipEnd, address());
    } catch (InvalidInput e) {
      messages.reject("clip", e);
      return;
    }
    messages.notice(
        "Clip cut: "
            + clip.getRange()
            + (clip.getStart().equals(clip.getAsked().start())
                ? "."
                : " (it starts on the key frame before the time asked for).")
            + " Its SHA-256 is listed with the exhibit.");
    reload();
  }

  /** Builds a package of the exhibits chosen, as originals or clips, for the recipient typed. */
  public void buildPackage() throws IOException {
    List<Disclosures.Choice> chosen = new java.util.ArrayList<>();
    var parameters = faces.getExternalContext().getRequestParameterMap();
    for (ExhibitView x : getCurrentExhibits()) {
      String include = parameters.get("include-" + x.exhibit().getId());
      if ("original".equals(include)) {
        chosen.add(new Disclosures.Choice(x.exhibit().getId(), null));
      } else if (include != null && include.startsWith("clip-")) {
        try {
          chosen.add(
              new Disclosures.Choice(x.exhibit().getId(), Long.valueOf(include.substring(5))));
        } catch (NumberFormatException e) {
          // An edited form: the exhibit is left out, and an empty choice is refused below.
        }
      }
    }
    DisclosurePackage built;
    try {
      built =
          production.forCase(
              caseId(),
              chosen,
              new Recipient.Typed(
                  recipientKind, organisation, officer, lawfulBasis, purpose, expires),
              address());
    } catch (InvalidInput e) {
      messages.reject("package", e);
      return;
    } catch (PackageNotBuilt e) {
      messages.reject("package", new InvalidInput(e.getMessage()));
      return;
    }
    messages.notice(
        "Package "
            + built.getReference()
            + " built for "
            + built.getRecipient()
            + ". Its SHA-256 is in the list of packages.");
    reload();
  }

  /** Sends a package's ZIP, audited; refused after revocation or expiry. */
  public void download(long packageId) throws IOException {
    MediaFile file;
    try {
      file = disclosures.download(packageId, address());
    } catch (InvalidInput e) {
      messages.reject("packages", e);
      return;
    }
    ExternalContext ext = faces.getExternalContext();
    ext.responseReset();
    ext.setResponseContentType("application/zip");
    ext.setResponseHeader("Content-Length", Long.toString(file.size()));
    ext.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"" + file.downloadName() + "\"");
    ext.setResponseHeader("Cache-Control", "no-store");
    java.nio.file.Files.copy(file.path(), ext.getResponseOutputStream());
    faces.responseComplete();
  }

  public void revoke() throws IOException {
    if (revokePackageId == null) {
      messages.reject("revoke", new InvalidInput("packageId", "Choose the package to revoke."));
      return;
    }
    DisclosurePackage revoked;
    try {
      revoked = disclosures.revoke(revokePackageId, revokeReason, confirmRevoke, address());
    } catch (InvalidInput e) {
      messages.reject("revoke", e);
      return;
    }
    messages.notice(
        "Package " + revoked.getReference() + " revoked; it can no longer be downloaded.");
    reload();
  }

  /** An exhibit's clips still kept; only evidence officers work with clips. */
  public List<Clip> clipsOf(ExhibitView x) {
    if (!getView().mayManage()) {
      return List.of();
    }
    if (clips == null) {
      clips = new java.util.HashMap<>();
    }
    return clips.computeIfAbsent(x.exhibit().getId(), clipsBoundary::clipsOf);
  }

  /** The case's disclosure packages, newest first, for evidence officers. */
  public List<DisclosurePackage> getPackages() {
    if (packages == null) {
      packages = getView().mayManage() ? disclosures.packagesOf(caseId()) : List.of();
    }
    return packages;
  }

  public List<DisclosurePackage> getLivePackages() {
    Instant now = clock.instant();
    return getPackages().stream().filter(p -> p.isLiveAt(now)).toList();
  }

  /** Where a package stands: downloadable until, revoked, expired or removed. */
  public String packageStatus(DisclosurePackage p) {
    if (p.getRevokedAt().isPresent()) {
      return "Revoked "
          + Formats.dateTime(p.getRevokedAt().get())
          + " by "
          + p.getRevokedBy()
          + ": "
          + p.getRevokeReason();
    }
    if (!clock.instant().isBefore(p.getExpiresAt())) {
      return "Expired " + Formats.dateTime(p.getExpiresAt());
    }
    if (p.getFileRemovedAt().isPresent()) {
      return "Copy removed " + Formats.dateTime(p.getFileRemovedAt().get());
    }
    return "Can be downloaded until " + Formats.dateTime(p.getExpiresAt());
  }

  public boolean live(DisclosurePackage p) {
    return p.isLiveAt(clock.instant());
  }

  /** The choice typed for an exhibit in the package form, kept when the form is refused. */
  public String included(ExhibitView x) {
    return faces
        .getExternalContext()
        .getRequestParameterMap()
        .get("include-" + x.exhibit().getId());
  }

  public String size(long bytes) {
    return Formats.size(bytes);
  }

  /** A case's packages go to the police or the CPS; other recipients are for requests. */
  public List<RecipientKind> getRecipientKinds() {
    return List.copyOf(RecipientKind.FOR_CASES);
  }

  public List<LawfulBasis> getLawfulBases() {
    return RecipientKind.basesFor(RecipientKind.FOR_CASES);
  }

  public void update() throws IOException {
    try {
      cases.update(caseId(), details.typed(), status, version == null ? -1 : version, address());
    } catch (InvalidInput e) {
      messages.reject("details", e);
      return;
    }
    messages.notice("Case details saved.");
    reload();
  }

  public void addNote() throws IOException {
    try {
      cases.addNote(caseId(), note, address());
    } catch (InvalidInput e) {
      messages.reject("notes", e);
      return;
    }
    messages.notice("Note added.");
    reload();
  }

  public void removeExhibit() throws IOException {
    if (exhibitId == null) {
      messages.reject("remove", new InvalidInput("exhibitId", "Choose the exhibit to remove."));
      return;
    }
    Exhibit removed;
    try {
      removed = cases.removeExhibit(exhibitId, removeReason, confirmRemove, address());
    } catch (InvalidInput e) {
      messages.reject("remove", e);
      return;
    }
    messages.notice(
        "Exhibit "
            + removed.getReference()
            + " removed from the case; its evidence hold is released.");
    reload();
  }

  public void close() throws IOException {
    EvidenceCase closed;
    try {
      closed = cases.close(caseId(), closeReason, confirmClose, address());
    } catch (InvalidInput e) {
      messages.reject("close", e);
      return;
    }
    messages.notice("Case " + closed.getReference() + " closed; its evidence holds are released.");
    reload();
  }

  /** The case, read once per request; a form posted from the page reads it without a view event. */
  public CaseView getView() {
    if (view == null && caseId() != null) {
      view = faces.isPostback() ? cases.reopen(caseId()) : cases.open(caseId(), address());
    }
    return view;
  }

  public EvidenceCase getCase() {
    return getView() == null ? null : view.evidenceCase();
  }

  /** Exhibits still in the case, for the removal form. */
  public List<ExhibitView> getCurrentExhibits() {
    return getView().exhibits().stream().filter(e -> !e.exhibit().isRemoved()).toList();
  }

  public String holdStatus(ExhibitView e) {
    Hold hold = e.hold();
    if (hold == null) {
      return e.deletedAt() != null
          ? "Deleted " + Formats.dateTime(e.deletedAt())
          : "Hold ended; recording deleted";
    }
    if (hold.getReleasedAt().isPresent()) {
      String then =
          e.recording() == null
              ? (e.deletedAt() == null ? "" : "; deleted " + Formats.dateTime(e.deletedAt()))
              : "; due for deletion " + Formats.dateTime(e.recording().getDeletionDueAt());
      return "Released " + Formats.dateTime(hold.getReleasedAt().get()) + then;
    }
    return "Held since " + Formats.dateTime(hold.getPlacedAt());
  }

  /** Whether a form was just refused, so that its folded section shows open with the errors. */
  public boolean rejected(String form) {
    var ids = faces.getClientIdsWithMessages();
    while (ids.hasNext()) {
      String clientId = ids.next();
      if (clientId != null && clientId.startsWith(form + ":")) {
        return true;
      }
    }
    return false;
  }

  public boolean held(ExhibitView e) {
    return e.held(clock.instant());
  }

  public String time(Instant instant) {
    return Formats.dateTime(instant);
  }

  public String occurred() {
    return Formats.dateTime(getCase().getOccurredAt());
  }

  public String review() {
    return getCase().getReviewDate().map(LONG_DAY::format).orElse("None set");
  }

  public String actionName(AuditEvent e) {
    return e.getAction().replace('_', ' ').toLowerCase();
  }

  public CaseType[] getTypes() {
    return CaseType.values();
  }

  /** The states a case can be moved to here; closing has its own form. */
  public List<CaseStatus> getStatuses() {
    return List.of(CaseStatus.OPEN, CaseStatus.WITH_POLICE, CaseStatus.WITH_CPS);
  }

  public List<ServiceArea> getAreas() {
    return cases.areas();
  }

  private void notFound() throws IOException {
    faces.getExternalContext().responseSendError(404, "There is no such case you may see.");
    faces.responseComplete();
  }

  private void reload() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    ext.redirect(ext.getRequestContextPath() + "/cases/case.xhtml?id=" + caseId());
  }

  /** The case's id: the page's parameter, or the form's hidden field when posted. */
  private Long caseId() {
    if (id == null) {
      String posted = faces.getExternalContext().getRequestParameterMap().get("caseId");
      try {
        id = posted == null ? null : Long.valueOf(posted);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return id;
  }

  private String address() {
    return ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
  }

  public Long getId() {
    return caseId();
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CaseDetailsForm getDetails() {
    return details;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Long getExhibitId() {
    return exhibitId;
  }

  public void setExhibitId(Long exhibitId) {
    this.exhibitId = exhibitId;
  }

  public String getRemoveReason() {
    return removeReason;
  }

  public void setRemoveReason(String removeReason) {
    this.removeReason = removeReason;
  }

  public boolean isConfirmRemove() {
    return confirmRemove;
  }

  public void setConfirmRemove(boolean confirmRemove) {
    this.confirmRemove = confirmRemove;
  }

  public String getCloseReason() {
    return closeReason;
  }

  public void setCloseReason(String closeReason) {
    this.closeReason = closeReason;
  }

  public boolean isConfirmClose() {
    return confirmClose;
  }

  public void setConfirmClose(boolean confirmClose) {
    this.confirmClose = confirmClose;
  }

  public Long getClipExhibitId() {
    return clipExhibitId;
  }

  public void setClipExhibitId(Long clipExhibitId) {
    this.clipExhibitId = clipExhibitId;
  }

  public String getClipStart() {
    return clipStart;
  }

  public void setClipStart(String clipStart) {
    this.clipStart = clipStart;
  }

  public String getClipEnd() {
    return clipEnd;
  }

  public void setClipEnd(String clipEnd) {
    this.clipEnd = clipEnd;
  }

  public String getRecipientKind() {
    return recipientKind;
  }

  public void setRecipientKind(String recipientKind) {
    this.recipientKind = recipientKind;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getOfficer() {
    return officer;
  }

  public void setOfficer(String officer) {
    this.officer = officer;
  }

  public String getLawfulBasis() {
    return lawfulBasis;
  }

  public void setLawfulBasis(String lawfulBasis) {
    this.lawfulBasis = lawfulBasis;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  /** The last day a package may be downloaded: four weeks ahead until someone types another. */
  public String getExpires() {
    if (expires == null
        && !faces.getExternalContext().getRequestParameterMap().containsKey("package")) {
      expires = DAY.format(clock.instant().atZone(LONDON).toLocalDate().plusDays(28));
    }
    return expires;
  }

  public void setExpires(String expires) {
    this.expires = expires;
  }

  public Long getRevokePackageId() {
    return revokePackageId;
  }

  public void setRevokePackageId(Long revokePackageId) {
    this.revokePackageId = revokePackageId;
  }

  public String getRevokeReason() {
    return revokeReason;
  }

  public void setRevokeReason(String revokeReason) {
    this.revokeReason = revokeReason;
  }

  public boolean isConfirmRevoke() {
    return confirmRevoke;
  }

  public void setConfirmRevoke(boolean confirmRevoke) {
    this.confirmRevoke = confirmRevoke;
  }
}
