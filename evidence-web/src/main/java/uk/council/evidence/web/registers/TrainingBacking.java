package uk.council.evidence.web.registers;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.council.evidence.accreditation.boundary.Registers;
import uk.council.evidence.accreditation.entity.TrainingCsv;
import uk.council.evidence.accreditation.entity.TrainingRecord;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.platform.entity.Plural;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.ClientAddress;
import uk.council.evidence.web.shell.Messages;

/** The training register: every record, one typed in, or many imported from a CSV file. */
@Named("training")
@ViewScoped
public class TrainingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Registers registers;
  @Inject transient Messages messages;
  @Inject transient FacesContext faces;
  @Inject transient Clock clock;

  private transient List<TrainingRecord> all;
  private transient Part file;
  private String username;
  private String course;
  private String completed;
  private String expires;

  public List<TrainingRecord> getAll() {
    if (all == null) {
      all = registers.training();
    }
    return all;
  }

  public void add() {
    try {
      TrainingRecord added =
          registers.addTraining(
              new TrainingRecord.Form(username, course, completed, expires),
              ClientAddress.of(faces));
      messages.noticeHere("Training recorded for " + added.getUsername() + ".");
      username = null;
      course = null;
      completed = null;
      expires = null;
      all = null;
    } catch (InvalidInput e) {
      messages.reject("record", e);
    }
  }

  public void upload() throws IOException {
    try {
      byte[] bytes = new byte[0];
      if (file != null) {
        // One byte past the limit is enough for the file to be refused as too large.
        try (InputStream in = file.getInputStream()) {
          bytes = in.readNBytes(TrainingCsv.LARGEST_FILE + 1);
        }
      }
      Registers.Imported imported = registers.importTraining(bytes, ClientAddress.of(faces));
      messages.noticeHere(
          Plural.of(imported.added(), "training record")
              + " added"
              + (imported.alreadyRecorded() > 0
                  ? "; " + imported.alreadyRecorded() + " already recorded."
                  : "."));
      all = null;
    } catch (InvalidInput e) {
      messages.reject("import", e);
    }
  }

  /** "Current", "Expired on …" or "Does not expire" for a record, as of today. */
  public String standing(TrainingRecord record) {
    LocalDate today = LocalDate.now(clock.withZone(CouncilTime.ZONE));
    return record
        .getExpiresOn()
        .map(
            d ->
                record.currentOn(today)
                    ? "Current until " + Formats.date(d)
                    : "Expired on " + Formats.date(d))
        .orElse("Does not expire");
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public String getCompleted() {
    return completed;
  }

  public void setCompleted(String completed) {
    this.completed = completed;
  }

  public String getExpires() {
    return expires;
  }

  public void setExpires(String expires) {
    this.expires = expires;
  }
}
