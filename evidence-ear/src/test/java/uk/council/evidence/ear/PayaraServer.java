package uk.council.evidence.ear;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A private Payara Server domain for one test run, driven through {@code asadmin}: its own port
 * base (checked free first, so it never meets a portal on 8080 or an admin console on 4848), its
 * own directory under {@code target/}, and a {@link #stop} that leaves nothing running.
 *
 * <p>Creating a domain costs 15 to 45 seconds of key generation, so the first run creates one as a
 * template (per port base) and every run starts from a fresh copy of it.
 */
final class PayaraServer {

  static final String DOMAIN = "bwv-it";

  /** Ports a domain uses lie between its port base and base + 99 (admin +48, HTTP +80...). */
  private static final int PORTS_PER_BASE = 100;

  private static final int BASES_TO_TRY = 10;

  private final Path payaraHome;
  private final Path workDir;
  private final int portBase;
  private final Path runDomains;
  private final Path domainDir;
  private final Map<String, String> serverEnvironment;
  private Process startProcess;
  private Thread shutdownHook;
  private boolean started;

  private PayaraServer(
      Path payaraHome, Path workDir, int portBase, Map<String, String> serverEnvironment) {
    this.payaraHome = payaraHome;
    this.workDir = workDir;
    this.portBase = portBase;
    this.runDomains = workDir.resolve("run");
    this.domainDir = runDomains.resolve(DOMAIN);
    this.serverEnvironment = serverEnvironment;
  }

  /**
   * Prepares a fresh domain on the first free port base at or above {@code firstBase}.
   *
   * @param serverEnvironment environment variables for the server's JVM (added to this JVM's own,
   *     which the server inherits through {@code asadmin start-domain})
   */
  static PayaraServer prepare(
      Path payaraHome, Path workDir, int firstBase, Map<String, String> serverEnvironment) {
    if (!Files.isRegularFile(payaraHome.resolve("bin/asadmin"))) {
      throw new AssertionError(
          "No Payara Server at "
              + payaraHome
              + ": run this test through Maven (./bwv test -pl evidence-ear), which unpacks"
              + " fish.payara.distributions:payara there in pre-integration-test.");
    }
    int base = freePortBase(firstBase);
    PayaraServer server = new PayaraServer(payaraHome, workDir, base, serverEnvironment);
    server.killLeftoverFromEarlierRun();
    server.freshDomain();
    return server;
  }

  int httpPort() {
    return portBase + 80;
  }

  int adminPort() {
    return portBase + 48;
  }

  int portBase() {
    return portBase;
  }

  Path serverLog() {
    return domainDir.resolve("logs/server.log");
  }

  /** Starts the domain; returns how long {@code asadmin start-domain} took. */
  Duration start() {
    long t0 = System.nanoTime();
    shutdownHook = new Thread(this::killServer, "stop Payara Server " + DOMAIN);
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    started = true;
    ProcessBuilder pb =
        asadminCommand("start-domain", "--domaindir", runDomains.toString(), DOMAIN);
    pb.environment().putAll(serverEnvironment);
    startProcess = launch(pb);
    Result result = await(startProcess, Duration.ofMinutes(4), "start-domain");
    if (result.exitCode != 0) {
      throw new AssertionError("asadmin start-domain failed:\n" + result.output);
    }
    return Duration.ofNanos(System.nanoTime() - t0);
  }

  /** Deploys {@code ear} under {@code name}; returns how long the deployment took. */
  Duration deploy(Path ear, String name) {
    long t0 = System.nanoTime();
    asadmin(
        Duration.ofMinutes(5),
        "--port",
        String.valueOf(adminPort()),
        "deploy",
        "--name",
        name,
        ear.toString());
    return Duration.ofNanos(System.nanoTime() - t0);
  }

  /**
   * Undeploys (if deployed) and stops the domain, killing it if it does not stop; never throws for
   * a problem it can clean up after itself.
   *
   * @return what went wrong on the way, or an empty list
   */
  List<String> stop(String deployedName) {
    List<String> problems = new ArrayList<>();
    if (!started) {
      return problems;
    }
    if (deployedName != null && serverPid().isPresent()) {
      try {
        asadmin(
            Duration.ofMinutes(2), "--port", String.valueOf(adminPort()), "undeploy", deployedName);
      } catch (AssertionError | RuntimeException e) {
        problems.add("undeploy: " + e.getMessage());
      }
    }
    try {
      asadmin(Duration.ofMinutes(1), "stop-domain", "--domaindir", runDomains.toString(), DOMAIN);
    } catch (AssertionError | RuntimeException e) {
      problems.add("stop-domain: " + e.getMessage());
    }
    killServer();
    if (shutdownHook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException shuttingDown) {
        // The hook runs anyway.
      }
    }
    started = false;
    return problems;
  }

  /**
   * The last {@code lines} lines of server.log without stack frames (the messages and their "Caused
   * by" lines are what says why), or why there are none.
   */
  String serverLogTail(int lines) {
    Path log = serverLog();
    if (!Files.isRegularFile(log)) {
      return "(no server log at " + log + ")";
    }
    try {
      List<String> kept = new ArrayList<>();
      int frames = 0;
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        String trimmed = line.stripLeading();
        if (trimmed.startsWith("at ") || trimmed.matches("\\.\\.\\. \\d+ more")) {
          frames++;
          continue;
        }
        if (frames > 0) {
          kept.add("\t(" + frames + " stack frames left out)");
          frames = 0;
        }
        if (!line.isBlank()) {
          kept.add(line);
        }
      }
      List<String> tail = kept.subList(Math.max(0, kept.size() - lines), kept.size());
      String text = String.join("\n", tail);
      int max = 20_000;
      return text.length() <= max ? text : "..." + text.substring(text.length() - max);
    } catch (IOException | RuntimeException e) {
      return "(could not read " + log + ": " + e + ")";
    }
  }

  // --- the domain -------------------------------------------------------------------------------

  private void freshDomain() {
    Path templates = workDir.resolve("template-" + portBase);
    Path template = templates.resolve(DOMAIN);
    if (!Files.isRegularFile(template.resolve("config/domain.xml"))) {
      deleteTree(templates);
      long t0 = System.nanoTime();
      asadmin(
          Duration.ofMinutes(3),
          "create-domain",
          "--domaindir",
          templates.toString(),
          "--portbase",
          String.valueOf(portBase),
          "--nopassword",
          DOMAIN);
      System.out.printf("[payara] created domain template %s in %.1f s%n", template, seconds(t0));
    }
    deleteTree(runDomains);
    copyTree(template, domainDir);
    requireRoleMappingFromTheApplication();
  }

  /**
   * A new domain maps every group to the role of the same name by itself ("default principal to
   * role mapping"). Turning that off makes the test prove that the application's own descriptors
   * map the roles, for its EJB module too, as they must on a domain where it is off.
   */
  private void requireRoleMappingFromTheApplication() {
    Path domainXml = domainDir.resolve("config/domain.xml");
    try {
      String xml = Files.readString(domainXml, StandardCharsets.UTF_8);
      String plain = "<security-service>";
      if (!xml.contains(plain)) {
        throw new AssertionError(
            "domain.xml of Payara Server has no plain <security-service> element any more;"
                + " update PayaraServer.requireRoleMappingFromTheApplication: "
                + domainXml);
      }
      xml =
          xml.replace(
              plain, "<security-service activate-default-principal-to-role-mapping=\"false\">");
      Files.writeString(domainXml, xml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePortBase(int firstBase) {
    StringBuilder busy = new StringBuilder();
    for (int i = 0; i < BASES_TO_TRY; i++) {
      int base = firstBase + i * PORTS_PER_BASE;
      Optional<Integer> taken = firstBusyPort(base, base + PORTS_PER_BASE - 1);
      if (taken.isEmpty()) {
        return base;
      }
      busy.append(String.format("%n  base %d: port %d is in use", base, taken.get()));
    }
    throw new AssertionError(
        "No free port base for a Payara Server domain (each needs 100 free ports from its base):"
            + busy
            + "\nFree some ports or pass -Dit.portbase=<another base>.");
  }

  private static Optional<Integer> firstBusyPort(int from, int to) {
    for (int port = from; port <= to; port++) {
      try (ServerSocket socket = new ServerSocket()) {
        // As Payara binds: a port that only has connections in TIME_WAIT (from the previous run)
        // is free; one something listens on is not.
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(port));
      } catch (IOException e) {
        return Optional.of(port);
      }
    }
    return Optional.empty();
  }

  // --- processes --------------------------------------------------------------------------------

  /** The server JVM's pid, from the pid file Payara writes while the domain runs. */
  private Optional<ProcessHandle> serverPid() {
    Path pidFile = domainDir.resolve("config/pid");
    try {
      if (!Files.isRegularFile(pidFile)) {
        return Optional.empty();
      }
      long pid = Long.parseLong(Files.readString(pidFile).trim());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::isOurServer);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Only a Payara JVM started with this run's domain directory is ours to stop. */
  private boolean isOurServer(ProcessHandle process) {
    return process
        .info()
        .commandLine()
        .map(cmd -> cmd.contains(domainDir.toString()) || cmd.contains(runDomains.toString()))
        .orElse(false);
  }

  /** A server an interrupted earlier run left behind in this module's target directory. */
  private void killLeftoverFromEarlierRun() {
    serverPid()
        .ifPresent(
            p -> {
              System.out.println(
                  "[payara] stopping a server left by an earlier run, pid " + p.pid());
              terminate(p);
            });
  }

  private void killServer() {
    if (startProcess != null && startProcess.isAlive()) {
      startProcess.descendants().forEach(PayaraServer::terminate);
      terminate(startProcess.toHandle());
    }
    serverPid().ifPresent(PayaraServer::terminate);
  }

  private static void terminate(ProcessHandle process) {
    process.destroy();
    try {
      process.onExit().get(20, TimeUnit.SECONDS);
    } catch (Exception notYet) {
      process.destroyForcibly();
      try {
        process.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        System.out.println("[payara] process " + process.pid() + " did not end: " + e);
      }
    }
  }

  private String asadmin(Duration timeout, String... args) {
    Result result = await(launch(asadminCommand(args)), timeout, args[args.length - 1]);
    if (result.exitCode != 0) {
      throw new AssertionError(
          "asadmin "
              + String.join(" ", args)
              + " failed ("
              + result.exitCode
              + "):\n"
              + result.output);
    }
    return result.output;
  }

  private ProcessBuilder asadminCommand(String... args) {
    List<String> command = new ArrayList<>();
    // Through sh, so that a lost executable bit after unpacking does not matter.
    command.add("/bin/sh");
    command.add(payaraHome.resolve("bin/asadmin").toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    // asadmin and the server it starts run on the JDK running this test.
    pb.environment().put("AS_JAVA", System.getProperty("java.home"));
    return pb;
  }

  private static Process launch(ProcessBuilder pb) {
    try {
      return pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + pb.command(), e);
    }
  }

  private record Result(int exitCode, String output) {}

  private static Result await(Process process, Duration timeout, String what) {
    CompletableFuture<String> output =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream in = process.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                return "(output unreadable: " + e + ")";
              }
            });
    try {
      if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        process.descendants().forEach(PayaraServer::terminate);
        terminate(process.toHandle());
        throw new AssertionError(
            "asadmin " + what + " did not finish within " + timeout.toSeconds() + " s");
      }
      return new Result(process.exitValue(), output.get(30, TimeUnit.SECONDS).strip());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      return new Result(process.exitValue(), "(output unreadable: " + e + ")");
    }
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  // --- files ------------------------------------------------------------------------------------

  private static void copyTree(Path from, Path to) {
    try {
      Files.walkFileTree(
          from,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              Files.createDirectories(to.resolve(from.relativize(dir).toString()));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.copy(
                  file,
                  to.resolve(from.relativize(file).toString()),
                  StandardCopyOption.COPY_ATTRIBUTES);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("could not copy " + from + " to " + to, e);
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.delete(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + root, e);
    }
  }
}
