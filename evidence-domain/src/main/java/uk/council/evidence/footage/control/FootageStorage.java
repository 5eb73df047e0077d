package uk.council.evidence.footage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The footage store and upload limits of this installation, from configuration. */
@ApplicationScoped
public class FootageStorage {

  @Inject
  @ConfigProperty(name = "evidence.storage.root")
  String root;

  @Produces
  @Singleton
  FootageStore store() {
    return new FootageStore(Path.of(root));
  }
}
