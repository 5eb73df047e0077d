package uk.council.evidence.web;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the WAR the build just made, exactly as the run
 * command deploys it, so the tests exercise the real thing rather than a hand-picked list of
 * classes.
 */
public final class PortalDeployment {

  private PortalDeployment() {}

  public static WebArchive war() {
    File war = new File(System.getProperty("evidence.war", "target/evidence.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run the package phase first");
    }
    return ShrinkWrap.create(ZipImporter.class, "evidence.war")
        .importFrom(war)
        .as(WebArchive.class);
  }
}
