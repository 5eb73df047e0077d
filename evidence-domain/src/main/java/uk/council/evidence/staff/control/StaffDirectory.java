package uk.council.evidence.staff.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import uk.council.evidence.staff.entity.DirectoryAnswer;
import uk.council.evidence.staff.entity.DirectorySettings;

/**
 * The council's directory as configured ({@code evidence.directory.*}), or none. Settings that are
 * wrong do not stop the portal: its own accounts still sign in, and every directory sign-in is
 * refused as the directory not answering, with what is wrong in the audit log.
 */
@ApplicationScoped
public class StaffDirectory {

  @Inject Config config;

  private DirectoryClient client;
  private String settingsProblem;

  @PostConstruct
  void read() {
    try {
      client =
          DirectorySettings.read(name -> config.getOptionalValue(name, String.class))
              .map(DirectoryClient::new)
              .orElse(null);
    } catch (IllegalArgumentException e) {
      settingsProblem = "the directory settings are wrong: " + e.getMessage();
    }
  }

  /** Whether directory sign-in is meant to be on (its address is set). */
  public boolean configured() {
    return client != null || settingsProblem != null;
  }

  /** The settings, when they could be read. */
  public Optional<DirectorySettings> settings() {
    return Optional.ofNullable(client).map(DirectoryClient::settings);
  }

  /** Asks the directory; see {@link DirectoryClient#authenticate}. */
  public DirectoryAnswer authenticate(String username, String password) {
    if (client == null) {
      return DirectoryAnswer.unreachable(
          settingsProblem != null ? settingsProblem : "directory sign-in is not configured");
    }
    return client.authenticate(username, password);
  }

  /** See {@link DirectoryClient#standings}; empty when there is no directory to ask. */
  public Optional<Map<String, DirectoryClient.Standing>> standings(Collection<String> dns) {
    return client == null ? Optional.empty() : client.standings(dns);
  }

  /** What stops directory sign-in from working now, in one line; empty when nothing does. */
  public Optional<String> problem() {
    if (settingsProblem != null) {
      return Optional.of(settingsProblem);
    }
    return client == null ? Optional.empty() : client.check();
  }
}
