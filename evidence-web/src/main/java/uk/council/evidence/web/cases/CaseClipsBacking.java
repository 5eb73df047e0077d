package uk.council.evidence.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.council.evidence.casework.boundary.Clips;
import uk.council.evidence.casework.entity.Clip;
import uk.council.evidence.casework.entity.ExhibitView;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.web.shell.Messages;

/** An exhibit's clips on the case page, and the form that cuts one. */
@Named("caseClips")
@RequestScoped
public class CaseClipsBacking {

  @Inject CaseBacking page;
  @Inject Clips clips;
  @Inject Messages messages;

  private Long clipExhibitId;
  private String clipStart;
  private String clipEnd;
  private final Map<Long, List<Clip>> kept = new HashMap<>();

  public void cutClip() throws IOException {
    if (clipExhibitId == null) {
      messages.reject("clip", new InvalidInput("exhibitId", "Choose the exhibit to cut from."));
      return;
    }
    Clip clip;
    try {
      clip = clips.cutClip(clipExhibitId, clipStart, clipEnd, page.address());
    } catch (InvalidInput e) {
      messages.reject("clip", e);
      return;
    }
    messages.notice(
        "Clip cut: "
            + clip.getRangeAndAsked()
            + (clip.getStart().equals(clip.getAsked().start())
                ? "."
                : "; it starts on the key frame before the time asked for.")
            + " Its SHA-256 is listed with the exhibit.");
    page.reload();
  }

  /** An exhibit's clips still kept; only evidence officers work with clips. */
  public List<Clip> clipsOf(ExhibitView x) {
    if (!page.getView().mayManage()) {
      return List.of();
    }
    return kept.computeIfAbsent(x.exhibit().getId(), clips::clipsOf);
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
}
