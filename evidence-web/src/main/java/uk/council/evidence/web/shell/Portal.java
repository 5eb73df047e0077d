package uk.council.evidence.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import uk.council.evidence.reports.ReportSigning;
import uk.council.evidence.staff.boundary.StaffAccounts;
import uk.council.evidence.staff.entity.LockoutPolicy;

/**
 * Facts about this installation that every page shows: the council (as its reports name it), the
 * version, how many failed sign-ins lock an account, and whether the council's directory signs
 * staff in.
 */
@Named
@ApplicationScoped
public class Portal {

  @Inject ReportSigning reports;
  @Inject LockoutPolicy lockout;
  @Inject StaffAccounts accounts;

  private final Properties build = new Properties();

  @PostConstruct
  void load() {
    try (InputStream in = Portal.class.getResourceAsStream("/evidence-web.properties")) {
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String getCouncilName() {
    return reports.councilName();
  }

  public int getMaxFailures() {
    return lockout.maxFailures();
  }

  /** Whether staff sign in with their council network accounts (the directory) too. */
  public boolean isDirectorySignIn() {
    return accounts.directorySignIn();
  }

  public String getVersion() {
    return build.getProperty("version");
  }

  /** The GOV.UK Frontend WebJar's version, which is part of its asset paths. */
  public String getGovukVersion() {
    return build.getProperty("govuk-frontend.version");
  }

  /** The Chart.js WebJar's version, which is part of its asset path. */
  public String getChartJsVersion() {
    return build.getProperty("chartjs.version");
  }
}
