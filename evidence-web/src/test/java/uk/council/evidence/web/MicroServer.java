package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Payara Micro with the portal, started by a test as ./bwv run starts it, against the test database
 * (from the environment ./bwv test sets) with the footage store and settings the test gives, its
 * log in the test's folder.
 *
 * @param process the server's process
 * @param port its HTTP port
 * @param log its log file
 */
record MicroServer(Process process, int port, Path log) {

  /** A free port on this machine. */
  static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Starts a server with these settings (environment variables) and waits until it is healthy. */
  static MicroServer start(Path work, int port, Map<String, String> settings) throws Exception {
    MicroServer server = launch(work, port, settings);
    server.awaitHealthy();
    return server;
  }

  /** Starts a server without waiting for it. */
  static MicroServer launch(Path work, int port, Map<String, String> settings) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path log = work.resolve("payara-" + port + "-" + System.nanoTime() + ".log");
    var builder =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-jar",
                System.getProperty("payara.microJar"),
                "--nocluster",
                "--prebootcommandfile",
                "src/main/payara/pre-boot-commands.asadmin",
                "--postbootcommandfile",
                "src/main/payara/post-boot-commands.asadmin",
                "--rootDir",
                Files.createDirectories(work.resolve("micro-" + System.nanoTime())).toString(),
                "--port",
                String.valueOf(port),
                "--deploy",
                System.getProperty("evidence.war"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(settings);
    return new MicroServer(builder.start(), port, log);
  }

  /** Waits until {@code /health} answers 200: the portal is deployed and ready. */
  void awaitHealthy() throws Exception {
    awaitAnswer(URI.create("http://localhost:" + port + "/health"), process, log);
  }

  /**
   * Waits, for up to five minutes, until {@code address} answers 200, failing at once if {@code
   * process} (what should answer) stops; {@code log} is where to look when it does not.
   */
  static void awaitAnswer(URI address, Process process, Path log) throws Exception {
    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    var ready = HttpRequest.newBuilder(address).build();
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (true) {
      assertTrue(process.isAlive(), address + ": the process stopped; see " + log);
      assertTrue(System.nanoTime() < deadline, address + " did not answer; see " + log);
      try {
        if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(500);
    }
  }

  /** Kills the server as a power cut would: no shutdown, nothing flushed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Stops the server, if it still runs. */
  void stop() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  String logText() throws IOException {
    return Files.readString(log);
  }

  /** The regular files under a folder, none if it does not exist. */
  static List<Path> filesUnder(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
