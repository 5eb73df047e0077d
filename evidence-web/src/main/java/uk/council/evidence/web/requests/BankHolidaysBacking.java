package uk.council.evidence.web.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.request.boundary.BankHolidayAdministration;
import uk.council.evidence.request.entity.Division;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.Messages;

/**
 * The administrator's bank-holiday page: how far the published data runs, a newer GOV.UK file to
 * load, and one-off days to add or take back. A refused form keeps what was typed.
 */
@Named("bankHolidays")
@RequestScoped
public class BankHolidaysBacking {

  @Inject BankHolidayAdministration administration;
  @Inject Messages messages;
  @Inject FacesContext faces;

  private BankHolidayAdministration.Status status;
  private LocalDate day;
  private String division;
  private String title;
  private Part file;

  public BankHolidayAdministration.Status getStatus() {
    if (status == null) {
      status = administration.status();
    }
    return status;
  }

  /** "GOV.UK's data loaded by admin on 6 December 2026, 22:40", or the snapshot shipped. */
  public String getSource() {
    return getStatus()
        .loaded()
        .map(
            f ->
                "the GOV.UK file "
                    + f.getLoadedBy()
                    + " loaded on "
                    + Formats.dateTime(f.getLoadedAt()))
        .orElse("the copy of GOV.UK's data this version of BWV Evidence was shipped with");
  }

  public void add() throws IOException {
    try {
      var added =
          administration.add(
              day,
              division == null || division.isEmpty() ? null : Division.valueOf(division),
              title);
      messages.notice(
          added.getTitle()
              + " added: "
              + Formats.weekdayAndDate(added.getDay())
              + " is a bank holiday in "
              + added.getDivision().title()
              + ".");
    } catch (InvalidInput e) {
      messages.reject("add", e);
      return;
    }
    again();
  }

  public void remove(long id) throws IOException {
    try {
      administration.remove(id);
      messages.notice("Bank holiday removed.");
    } catch (InvalidInput e) {
      messages.reject("added", e);
      return;
    }
    again();
  }

  public void load() throws IOException {
    try {
      byte[] bytes = new byte[0];
      if (file != null) {
        // One byte past the limit is enough for the boundary to refuse a file as too large.
        try (InputStream in = file.getInputStream()) {
          bytes = in.readNBytes(BankHolidayAdministration.LARGEST_FILE + 1);
        }
      }
      int runsTo = administration.load(bytes);
      messages.notice("GOV.UK's bank holidays loaded: they run to the end of " + runsTo + ".");
    } catch (InvalidInput e) {
      messages.reject("load", e);
      return;
    }
    again();
  }

  private void again() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    ext.redirect(ext.getRequestContextPath() + "/admin/bank-holidays.xhtml");
  }

  public String day(LocalDate d) {
    return Formats.weekdayAndDate(d);
  }

  public List<Division> getDivisions() {
    return List.of(Division.values());
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public String getDivision() {
    return division;
  }

  public void setDivision(String division) {
    this.division = division;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
