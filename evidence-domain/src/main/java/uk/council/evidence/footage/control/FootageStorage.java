package uk.council.evidence.footage.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The footage store and media tools of this installation, from configuration. */
@ApplicationScoped
public class FootageStorage {

  @Inject
  @ConfigProperty(name = "evidence.storage.root")
  String root;

  @Inject
  @ConfigProperty(name = "evidence.ffprobe", defaultValue = "ffprobe")
  String ffprobe;

  @Inject
  @ConfigProperty(name = "evidence.ffmpeg", defaultValue = "ffmpeg")
  String ffmpeg;

  /**
   * This server's name among those sharing the store; each writes its work files in its own folder.
   * Set it when several servers on one host share a store; otherwise the host name will do.
   */
  @Inject
  @ConfigProperty(name = "evidence.server.id")
  java.util.Optional<String> serverId;

  /**
   * The free space an upload must leave on the store's filesystem. A provider, so that each upload
   * reads the setting as it is then: raising it as the disk fills needs no restart where the config
   * source is read live.
   */
  @Inject
  @ConfigProperty(name = "evidence.storage.min-free-bytes", defaultValue = "1073741824")
  Provider<Long> minFreeBytes;

  /** The container's threads, on which an upload is hashed and flushed beside its reading. */
  @Resource ManagedThreadFactory threads;

  @Produces
  @Singleton
  FootageStore store() {
    return new FootageStore(
        Path.of(root),
        serverId.orElseGet(FootageStorage::hostName),
        () -> minFreeBytes.get(),
        threads);
  }

  private static String hostName() {
    try {
      String name =
          java.net.InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9._-]", "-");
      return name.isEmpty() || !Character.isLetterOrDigit(name.charAt(0))
          ? FootageStore.SINGLE_SERVER
          : name;
    } catch (java.net.UnknownHostException e) {
      return FootageStore.SINGLE_SERVER;
    }
  }

  @Inject
  @ConfigProperty(name = "evidence.upload.max-bytes", defaultValue = "8589934592")
  long maxBytes;

  /** One per server: it keeps each upload's running SHA-256 in memory between chunks. */
  @Produces
  @Singleton
  PartialUploads partialUploads(FootageStore store) {
    return new PartialUploads(store, maxBytes);
  }

  @Produces
  @Singleton
  MediaTools mediaTools() {
    return new MediaTools(ffprobe, ffmpeg);
  }
}
