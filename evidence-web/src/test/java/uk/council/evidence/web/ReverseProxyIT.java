package uk.council.evidence.web;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal behind the reverse proxy {@code docs/operations.md} recommends (Debian's nginx, which
 * ./bwv test installs), with its settings: pages pass through with their headers, and a client that
 * trickles its request headers to hold connections open (slowloris) is cut off when the proxy's
 * header timeout runs out. Payara Micro has no total timeout for request headers of its own, which
 * is why the proxy is where this is set.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReverseProxyIT {

  /** The proxy's {@code client_header_timeout}, as docs/operations.md sets it. */
  static final Duration HEADER_TIMEOUT = Duration.ofSeconds(10);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  @ArquillianResource URL base;

  private Path prefix;
  private Process nginx;
  private int port;

  @BeforeEach
  void startProxy() throws Exception {
    Path binary = Path.of(System.getProperty("nginx.binary", "/usr/sbin/nginx"));
    if (!Files.isExecutable(binary)) {
      throw new IllegalStateException(binary + " is missing: ./bwv test installs nginx-light");
    }
    prefix = Files.createTempDirectory("bwv-nginx");
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String upstream = "http://127.0.0.1:" + base.getPort();
    Files.writeString(
        prefix.resolve("nginx.conf"),
        String.join(
            "\n",
            "pid " + prefix.resolve("nginx.pid") + ";",
            "error_log " + prefix.resolve("error.log") + ";",
            "events {}",
            "http {",
            "  access_log off;",
            "  client_body_temp_path " + prefix.resolve("body") + ";",
            "  proxy_temp_path " + prefix.resolve("proxy") + ";",
            "  fastcgi_temp_path " + prefix.resolve("fastcgi") + ";",
            "  uwsgi_temp_path " + prefix.resolve("uwsgi") + ";",
            "  scgi_temp_path " + prefix.resolve("scgi") + ";",
            // As docs/operations.md, but plain HTTP on a loopback port of the test's own.
            "  client_header_timeout " + HEADER_TIMEOUT.toSeconds() + "s;",
            "  client_body_timeout 60s;",
            "  client_max_body_size 0;",
            "  server {",
            "    listen 127.0.0.1:" + port + ";",
            "    location /evidence/ {",
            "      proxy_pass " + upstream + ";",
            "      proxy_set_header Host $host;",
            "      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
            "    }",
            "  }",
            "}",
            ""));
    nginx =
        new ProcessBuilder(
                binary.toString(),
                "-p",
                prefix.toString(),
                "-c",
                prefix.resolve("nginx.conf").toString(),
                "-g",
                "daemon off;")
            .redirectErrorStream(true)
            .redirectOutput(prefix.resolve("nginx.out").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!listening()) {
      if (!nginx.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "nginx did not start: " + Files.readString(prefix.resolve("nginx.out")));
      }
      Thread.sleep(50);
    }
  }

  @AfterEach
  void stopProxy() throws Exception {
    if (nginx != null) {
      nginx.destroy();
      nginx.waitFor(10, TimeUnit.SECONDS);
    }
    try (var files = Files.walk(prefix)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void pagesPassThroughTheProxyWithTheirHardenedHeaders() throws Exception {
    var page =
        new PortalClient(new URL("http://127.0.0.1:" + port + "/evidence/")).get("login.xhtml");
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("Sign in"), page.body());
    assertTrue(
        page.headers().firstValue("Content-Security-Policy").orElse("").contains("nonce-"),
        page.headers().toString());
    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
  }

  /**
   * One header line a second never finishes a request: the proxy closes the connection once its
   * header timeout has run out, however busy the client keeps it.
   */
  @Test
  void aClientTricklingItsHeadersIsCutOffAtTheProxysHeaderTimeout() throws Exception {
    try (Socket slow = new Socket("127.0.0.1", port)) {
      slow.setSoTimeout(1000);
      OutputStream out = slow.getOutputStream();
      InputStream in = slow.getInputStream();
      long started = System.nanoTime();
      out.write("GET /evidence/login.xhtml HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(US_ASCII));
      Duration open = null;
      for (int line = 0; open == null && line < 3 * HEADER_TIMEOUT.toSeconds(); line++) {
        try {
          out.write(("X-Trickle-" + line + ": x\r\n").getBytes(US_ASCII));
          out.flush();
          if (in.read() < 0) {
            open = Duration.ofNanos(System.nanoTime() - started);
          }
        } catch (SocketTimeoutException e) {
          // Still open: the next line.
        } catch (IOException e) {
          open = Duration.ofNanos(System.nanoTime() - started);
        }
      }
      assertTrue(
          open != null,
          "the connection was still open after " + 3 * HEADER_TIMEOUT.toSeconds() + " s");
      assertTrue(
          open.compareTo(HEADER_TIMEOUT.plusSeconds(3)) < 0,
          "cut off after " + open.toMillis() + " ms; the header timeout is " + HEADER_TIMEOUT);
    }
  }

  private boolean listening() {
    try (Socket probe = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
