package uk.council.evidence.web.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import uk.council.evidence.casework.entity.PackageBuild;
import uk.council.evidence.web.footage.Formats;

/**
 * Where a package being built stands, as the case's and the request's pages and the page's script
 * say it: waiting its turn, being built (how much footage is copied and checked), or why it failed.
 */
@Named("packageBuildStates")
@ApplicationScoped
public class PackageBuildStates {

  /** "Waiting: 2 packages are before it.", "Being built: 1.2 GB of 6.4 GB of footage copied." */
  public String state(PackageBuild b) {
    return switch (b.status()) {
      case QUEUED ->
          b.ahead() == 0
              ? "Waiting to start."
              : "Waiting: "
                  + b.ahead()
                  + (b.ahead() == 1 ? " package is" : " packages are")
                  + " being built before it.";
      case RUNNING ->
          b.ofBytes() == null
              ? "Being built."
              : "Being built: "
                  + Formats.size(b.doneBytes())
                  + " of "
                  + Formats.size(b.ofBytes())
                  + " of footage copied and checked.";
      case DONE -> "Built: it is in the list of packages.";
      case FAILED -> "Not built: " + b.failure();
    };
  }
}
