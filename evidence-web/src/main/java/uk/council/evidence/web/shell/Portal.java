package uk.council.evidence.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Facts about this installation that every page shows: the council, the version. */
@Named
@ApplicationScoped
public class Portal {

  @Inject
  @ConfigProperty(name = "evidence.council.name", defaultValue = "Demo Borough Council")
  String councilName;

  @Inject
  @ConfigProperty(name = "evidence.login.max-failures", defaultValue = "5")
  int maxFailures;

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
    return councilName;
  }

  public int getMaxFailures() {
    return maxFailures;
  }

  public String getVersion() {
    return build.getProperty("version");
  }

  /** The GOV.UK Frontend WebJar's version, which is part of its asset paths. */
  public String getGovukVersion() {
    return build.getProperty("govuk-frontend.version");
  }
}
