package uk.council.evidence.reports.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The private key and certificate that sign reports, read from a PKCS#12 keystore.
 *
 * <p>Everything that can be wrong with the keystore is found when it is loaded, and reported as a
 * {@link SigningKeyException} with one sentence naming the file and the problem, so that a
 * misconfiguration shows at start-up and not when someone first downloads a report. Immutable and
 * safe to share between threads.
 */
public final class SigningKey {

  /** The alias under which {@link #createDevelopmentKeystore} stores its key. */
  public static final String DEVELOPMENT_ALIAS = "bwv-evidence-signing";

  /** The common name of development certificates, so that nobody mistakes one for the real one. */
  public static final String DEVELOPMENT_COMMON_NAME = "BWV Evidence development signing";

  private static final Duration DEVELOPMENT_VALIDITY = Duration.ofDays(730);

  private static final DateTimeFormatter READABLE =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);

  private final Path keystore;
  private final String alias;
  private final PrivateKey privateKey;
  private final List<X509Certificate> chain;

  private SigningKey(
      Path keystore, String alias, PrivateKey privateKey, List<X509Certificate> chain) {
    this.keystore = keystore;
    this.alias = alias;
    this.privateKey = privateKey;
    this.chain = List.copyOf(chain);
  }

  /**
   * Reads the signing key from a PKCS#12 keystore and checks that it can sign now.
   *
   * @param keystore the {@code .p12} / {@code .pfx} file
   * @param password the keystore's password, which must also be the key's (as PKCS#12 tools make
   *     it); not kept
   * @param alias the entry to use, or null for the first entry that holds a private key
   * @param now the time at which the certificate must be valid
   * @throws SigningKeyException if the file is missing or unreadable, is not PKCS#12, the password
   *     is wrong, there is no such private key entry, or the certificate is not valid at {@code
   *     now}
   */
  public static SigningKey load(Path keystore, char[] password, String alias, Instant now) {
    Objects.requireNonNull(keystore, "keystore");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(now, "now");
    Path file = keystore.toAbsolutePath();
    KeyStore store = open(file, password);
    try {
      String chosen = chooseAlias(file, store, alias);
      Key key;
      try {
        key = store.getKey(chosen, password);
      } catch (UnrecoverableKeyException e) {
        throw new SigningKeyException(
            "The private key \""
                + chosen
                + "\" in the signing keystore "
                + file
                + " has a different password from the keystore: give both the same password.",
            e);
      }
      if (!(key instanceof PrivateKey privateKey)) {
        throw new SigningKeyException(
            "The entry \""
                + chosen
                + "\" in the signing keystore "
                + file
                + " is not a private key.");
      }
      SigningKey signingKey =
          new SigningKey(file, chosen, privateKey, certificates(file, chosen, store));
      signingKey.signatureAlgorithm(); // refuses a key that PDF signatures cannot use
      signingKey.checkUsableAt(now);
      return signingKey;
    } catch (GeneralSecurityException e) {
      throw new SigningKeyException(
          "The signing keystore " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static KeyStore open(Path file, char[] password) {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new SigningKeyException(
            "The signing keystore " + file + " is a directory, not a PKCS#12 file.");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new SigningKeyException("The signing keystore " + file + " does not exist.", e);
    } catch (AccessDeniedException e) {
      throw new SigningKeyException(
          "The signing keystore " + file + " cannot be read: permission denied.", e);
    } catch (IOException e) {
      throw new SigningKeyException(
          "The signing keystore " + file + " cannot be read: " + e.getMessage(), e);
    }
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(bytes), password);
      return store;
    } catch (IOException | GeneralSecurityException e) {
      // The JDK says much the same for a wrong password and for a file that is not PKCS#12 at
      // all; the file's structure tells them apart.
      if (isPkcs12(bytes)) {
        throw new SigningKeyException(
            "The signing keystore " + file + " cannot be opened: the password is wrong.", e);
      }
      throw new SigningKeyException(
          "The signing keystore " + file + " cannot be opened: it is not a PKCS#12 file.", e);
    }
  }

  private static boolean isPkcs12(byte[] bytes) {
    try {
      return Pfx.getInstance(ASN1Primitive.fromByteArray(bytes)) != null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String chooseAlias(Path file, KeyStore store, String alias)
      throws KeyStoreException {
    List<String> aliases = Collections.list(store.aliases());
    if (alias != null && !alias.isBlank()) {
      if (!store.containsAlias(alias)) {
        throw new SigningKeyException(
            "The signing keystore "
                + file
                + " has no entry called \""
                + alias
                + "\"; it holds "
                + (aliases.isEmpty() ? "nothing" : String.join(", ", aliases))
                + ".");
      }
      if (!store.isKeyEntry(alias)) {
        throw new SigningKeyException(
            "The entry \""
                + alias
                + "\" in the signing keystore "
                + file
                + " is a certificate without its private key.");
      }
      return alias;
    }
    for (String candidate : aliases) {
      if (store.isKeyEntry(candidate)) {
        return candidate;
      }
    }
    throw new SigningKeyException(
        "The signing keystore "
            + file
            + " holds no private key"
            + (aliases.isEmpty() ? "" : ", only certificates")
            + ": it needs the private key together with its certificate.");
  }

  private static List<X509Certificate> certificates(Path file, String alias, KeyStore store)
      throws KeyStoreException {
    Certificate[] chain = store.getCertificateChain(alias);
    if (chain == null || chain.length == 0) {
      throw new SigningKeyException(
          "The private key \""
              + alias
              + "\" in the signing keystore "
              + file
              + " has no certificate with it.");
    }
    List<X509Certificate> certificates = new ArrayList<>(chain.length);
    for (Certificate certificate : chain) {
      if (!(certificate instanceof X509Certificate x509)) {
        throw new SigningKeyException(
            "The certificate for \"" + alias + "\" in " + file + " is not an X.509 certificate.");
      }
      certificates.add(x509);
    }
    return certificates;
  }

  /**
   * Creates a self-signed development keystore and returns its key.
   *
   * <p>For development, test and demonstration installations that have no certificate from the
   * council's certificate authority: RSA-3072, SHA-256, valid for two years from {@code now}, with
   * the subject {@code CN=BWV Evidence development signing, OU=Not for use with real evidence,
   * O=<council>, C=GB}. PDF readers will say the signer is not trusted, which is right for such a
   * certificate. The file is written to a temporary name and moved into place, readable only by its
   * owner where the file system allows; an existing file is never replaced.
   *
   * @param keystore where to write the {@code .p12}; its directory is created if need be
   * @param password the password for the keystore and the key; not kept
   * @param councilName the organisation in the certificate's subject
   * @param now the start of the certificate's validity
   * @throws SigningKeyException if {@code keystore} exists already or cannot be written
   */
  public static SigningKey createDevelopmentKeystore(
      Path keystore, char[] password, String councilName, Instant now) {
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(now, "now");
    if (councilName == null || councilName.isBlank()) {
      throw new IllegalArgumentException("The council's name is needed for the certificate");
    }
    Path file = keystore.toAbsolutePath();
    if (Files.exists(file)) {
      throw new SigningKeyException(
          "The keystore "
              + file
              + " exists already; a development keystore is only created where there is none.");
    }
    try {
      SecureRandom random = new SecureRandom();
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(3072, random);
      KeyPair pair = generator.generateKeyPair();
      X509Certificate certificate = selfSigned(pair, councilName, now, random);

      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          DEVELOPMENT_ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
      write(store, file, password);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("This Java runtime cannot make an RSA-3072 certificate", e);
    } catch (FileAlreadyExistsException e) {
      throw new SigningKeyException(
          "The keystore " + file + " was created by someone else at the same moment.", e);
    } catch (IOException e) {
      throw new SigningKeyException(
          "The development keystore " + file + " cannot be written: " + e.getMessage(), e);
    }
    return load(file, password, DEVELOPMENT_ALIAS, now);
  }

  private static X509Certificate selfSigned(
      KeyPair pair, String councilName, Instant now, SecureRandom random)
      throws GeneralSecurityException, OperatorCreationException, IOException {
    X500Name subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            // Most significant first, as encoded; people read it the other way round.
            .addRDN(BCStyle.C, "GB")
            .addRDN(BCStyle.O, councilName.strip())
            .addRDN(BCStyle.OU, "Not for use with real evidence")
            .addRDN(BCStyle.CN, DEVELOPMENT_COMMON_NAME)
            .build();
    // A little before now, so that a server whose clock lags the one that made it accepts it.
    Instant notBefore = now.minus(Duration.ofHours(1));
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            subject,
            new BigInteger(127, random).add(BigInteger.ONE),
            Date.from(notBefore),
            Date.from(now.plus(DEVELOPMENT_VALIDITY)),
            subject,
            pair.getPublic());
    JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    builder.addExtension(
        Extension.keyUsage,
        true,
        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
    builder.addExtension(
        Extension.subjectKeyIdentifier,
        false,
        extensions.createSubjectKeyIdentifier(pair.getPublic()));
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
  }

  private static void write(KeyStore store, Path file, char[] password)
      throws IOException, GeneralSecurityException {
    Path directory = file.getParent();
    Files.createDirectories(directory);
    // On POSIX file systems a temporary file is readable by its owner only, and keeps that when
    // moved; elsewhere the directory's access control list applies.
    Path temporary = Files.createTempFile(directory, ".signing-", ".p12.tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        store.store(out, password);
      }
      // Without REPLACE_EXISTING, so that a keystore that appeared meanwhile is kept.
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Checks that the certificate is valid at {@code at}: reports are signed with their generation
   * time, and a signature made outside the certificate's validity is worthless.
   *
   * @throws SigningKeyException if the certificate has expired or is not yet valid
   */
  public void checkUsableAt(Instant at) {
    X509Certificate certificate = certificate();
    Instant notAfter = certificate.getNotAfter().toInstant();
    Instant notBefore = certificate.getNotBefore().toInstant();
    if (at.isAfter(notAfter)) {
      throw new SigningKeyException(
          "The signing certificate in "
              + keystore
              + " ("
              + subject()
              + ") expired on "
              + READABLE.format(notAfter)
              + ": install a new certificate to sign reports.");
    }
    if (at.isBefore(notBefore)) {
      throw new SigningKeyException(
          "The signing certificate in "
              + keystore
              + " ("
              + subject()
              + ") is not valid until "
              + READABLE.format(notBefore)
              + ": check the server's clock.");
    }
  }

  /** The certificate of the signing key. */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  /** The certificate and any issuers the keystore holds with it, signer first. */
  public List<X509Certificate> chain() {
    return chain;
  }

  /** The keystore entry in use. */
  public String alias() {
    return alias;
  }

  /** The keystore file the key came from. */
  public Path keystore() {
    return keystore;
  }

  /**
   * The sentence a signed document ends its heading or signature with: "Produced by … on …, and
   * signed digitally by … (certificate SHA-256 …)."
   */
  public String producedAndSigned(String producedBy, java.time.Instant producedAt) {
    return "Produced by "
        + producedBy
        + " on "
        + uk.council.evidence.platform.entity.CouncilTime.dateTime(producedAt)
        + ", and signed digitally by "
        + subject()
        + " (certificate SHA-256 "
        + fingerprint()
        + ").";
  }

  /** The certificate's subject as people read it, e.g. {@code CN=..., O=..., C=GB}. */
  public String subject() {
    return certificate().getSubjectX500Principal().getName(X500Principal.RFC1779);
  }

  /** The certificate's common name, or its whole subject if it has none. */
  public String commonName() {
    X500Name name = X500Name.getInstance(certificate().getSubjectX500Principal().getEncoded());
    var names = name.getRDNs(BCStyle.CN);
    return names.length == 0 ? subject() : names[0].getFirst().getValue().toString();
  }

  /** When the certificate expires; worth showing to administrators before it does. */
  public Instant notAfter() {
    return certificate().getNotAfter().toInstant();
  }

  /**
   * The SHA-256 fingerprint of the certificate, as upper-case hex pairs separated by colons (the
   * form certificate viewers show), so that a reader can tell which certificate signed a report.
   */
  public String fingerprint() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate().getEncoded());
      return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encode the signing certificate", e);
    }
  }

  PrivateKey privateKey() {
    return privateKey;
  }

  /** The JCA name of SHA-256 with this key's algorithm; PDF readers accept RSA and ECDSA. */
  String signatureAlgorithm() {
    return switch (privateKey.getAlgorithm()) {
      case "RSA" -> "SHA256withRSA";
      case "EC" -> "SHA256withECDSA";
      default ->
          throw new SigningKeyException(
              "The signing key in "
                  + keystore
                  + " is a "
                  + privateKey.getAlgorithm()
                  + " key; PDF signatures need an RSA or EC key.");
    };
  }

  @Override
  public String toString() {
    return "SigningKey[" + alias + " in " + keystore + ": " + subject() + "]";
  }
}
