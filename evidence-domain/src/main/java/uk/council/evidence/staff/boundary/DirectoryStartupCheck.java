package uk.council.evidence.staff.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import uk.council.evidence.staff.control.StaffDirectory;

/**
 * At start-up, says in one line of the server's log whether directory sign-in works: the settings
 * it uses (never the password), or what is wrong (a refused bind account, a directory that does not
 * answer, a certificate not trusted, a setting missing). The portal starts either way, and its own
 * accounts, the administrator's among them, sign in.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectoryStartupCheck {

  private static final Logger LOG = Logger.getLogger(DirectoryStartupCheck.class.getName());

  @Inject StaffDirectory directory;

  @PostConstruct
  void check() {
    if (!directory.configured()) {
      LOG.info("Directory sign-in is off (evidence.directory.url is not set).");
      return;
    }
    directory
        .problem()
        .ifPresentOrElse(
            problem ->
                LOG.severe(
                    "Directory sign-in cannot work: "
                        + problem
                        + ". Only the portal's own accounts can sign in until this is put right."),
            () -> LOG.info("Directory sign-in is on: " + directory.settings().orElseThrow() + "."));
  }
}
