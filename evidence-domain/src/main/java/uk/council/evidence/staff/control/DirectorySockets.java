package uk.council.evidence.staff.control;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * The TLS sockets the directory is reached through, trusting the certificate authorities that
 * {@code evidence.directory.ca-certificate} names rather than the JVM's. JNDI takes a socket
 * factory by its class name and calls its static {@code getDefault()}, so what it trusts is held
 * here, set once when the settings are read.
 */
public final class DirectorySockets extends SocketFactory {

  private static volatile SSLSocketFactory trusted;

  private final SSLSocketFactory delegate;

  private DirectorySockets(SSLSocketFactory delegate) {
    this.delegate = delegate;
  }

  static void trust(SSLSocketFactory factory) {
    trusted = factory;
  }

  /** Called by JNDI for each connection. */
  public static SocketFactory getDefault() {
    SSLSocketFactory factory = trusted;
    return new DirectorySockets(
        factory != null ? factory : (SSLSocketFactory) SSLSocketFactory.getDefault());
  }

  @Override
  public Socket createSocket() throws IOException {
    return delegate.createSocket();
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return delegate.createSocket(host, port);
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return delegate.createSocket(host, port, localHost, localPort);
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return delegate.createSocket(host, port);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return delegate.createSocket(address, port, localAddress, localPort);
  }
}
