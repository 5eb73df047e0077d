package uk.council.evidence.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a signing keystore can be unusable ends in one sentence that says which and why. */
class SigningKeyTest {

  static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  static final String COUNCIL = DevelopmentKeys.COUNCIL;
  static final char[] PASSWORD = DevelopmentKeys.password();

  @TempDir static Path directory;
  static Path keystore;
  static SigningKey key;

  @BeforeAll
  static void useTheDevelopmentKeystore() {
    key = DevelopmentKeys.key();
    keystore = DevelopmentKeys.keystore();
  }

  @Test
  void aDevelopmentKeystoreHoldsAnRsa3072KeyNamedForTheCouncil() throws Exception {
    assertEquals(
        "CN=BWV Evidence development signing, OU=Not for use with real evidence, O="
            + COUNCIL
            + ", C=GB",
        key.subject());
    assertEquals(SigningKey.DEVELOPMENT_COMMON_NAME, key.commonName());
    assertEquals(3072, ((RSAPublicKey) key.certificate().getPublicKey()).getModulus().bitLength());
    assertEquals("SHA256withRSA", key.certificate().getSigAlgName());
    assertEquals(DevelopmentKeys.CREATED.plus(Duration.ofDays(730)), key.notAfter());
    assertEquals(SigningKey.DEVELOPMENT_ALIAS, key.alias());
    assertTrue(key.fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), key.fingerprint());
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertEquals(
          "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore)));
    }
  }

  @Test
  void withoutAnAliasTheFirstPrivateKeyIsUsed() throws Exception {
    SigningKey loaded = SigningKey.load(keystore, PASSWORD, null, NOW);
    assertEquals(SigningKey.DEVELOPMENT_ALIAS, loaded.alias());
    assertArrayEquals(key.certificate().getEncoded(), loaded.certificate().getEncoded());
  }

  @Test
  void aWrongPasswordIsSaidToBeWrong() {
    SigningKeyException e =
        assertThrows(
            SigningKeyException.class,
            () -> SigningKey.load(keystore, "Tr0ub4dor&3".toCharArray(), null, NOW));
    assertEquals(
        "The signing keystore " + keystore + " cannot be opened: the password is wrong.",
        e.getMessage());
  }

  @Test
  void aMissingFileIsSaidToBeMissing() {
    Path missing = directory.resolve("nowhere.p12");
    SigningKeyException e =
        assertThrows(
            SigningKeyException.class, () -> SigningKey.load(missing, PASSWORD, null, NOW));
    assertEquals("The signing keystore " + missing + " does not exist.", e.getMessage());
  }

  @Test
  void aFileThatIsNotPkcs12IsSaidToBeSo() throws Exception {
    Path pem = directory.resolve("certificate.pem");
    Files.writeString(
        pem,
        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
        StandardCharsets.US_ASCII);
    SigningKeyException e =
        assertThrows(SigningKeyException.class, () -> SigningKey.load(pem, PASSWORD, null, NOW));
    assertEquals(
        "The signing keystore " + pem + " cannot be opened: it is not a PKCS#12 file.",
        e.getMessage());
  }

  @Test
  void aKeystoreWithOnlyCertificatesIsSaidToHoldNoPrivateKey() throws Exception {
    Path certificatesOnly = directory.resolve("trust.p12");
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("council-ca", key.certificate());
    try (OutputStream out = Files.newOutputStream(certificatesOnly)) {
      store.store(out, PASSWORD);
    }
    SigningKeyException e =
        assertThrows(
            SigningKeyException.class,
            () -> SigningKey.load(certificatesOnly, PASSWORD, null, NOW));
    assertEquals(
        "The signing keystore "
            + certificatesOnly
            + " holds no private key, only certificates: it needs the private key together with"
            + " its certificate.",
        e.getMessage());
  }

  @Test
  void anUnknownAliasIsNamedWithTheOnesThereAre() {
    SigningKeyException e =
        assertThrows(
            SigningKeyException.class, () -> SigningKey.load(keystore, PASSWORD, "reports", NOW));
    assertEquals(
        "The signing keystore "
            + keystore
            + " has no entry called \"reports\"; it holds bwv-evidence-signing.",
        e.getMessage());
  }

  @Test
  void anExpiredCertificateIsSaidToHaveExpired() throws Exception {
    // The same key with a certificate that ran out in September: a new RSA-3072 key would cost
    // seconds and prove nothing more.
    Instant expired = Instant.parse("2026-09-14T12:00:00Z");
    X500Name subject = new X500Name("C=GB, O=" + COUNCIL + ", CN=Expired signing");
    X509Certificate certificate =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        subject,
                        BigInteger.TEN,
                        Date.from(expired.minus(Duration.ofDays(365))),
                        Date.from(expired),
                        subject,
                        key.certificate().getPublicKey())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey())));
    Path old = directory.resolve("old.p12");
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("old", key.privateKey(), PASSWORD, new Certificate[] {certificate});
    try (OutputStream out = Files.newOutputStream(old)) {
      store.store(out, PASSWORD);
    }

    SigningKeyException e =
        assertThrows(SigningKeyException.class, () -> SigningKey.load(old, PASSWORD, null, NOW));
    assertEquals(
        "The signing certificate in "
            + old
            + " (CN=Expired signing, O="
            + COUNCIL
            + ", C=GB) expired on 14 September 2026 12:00 UTC: install a new certificate to sign"
            + " reports.",
        e.getMessage());
  }

  @Test
  void aCertificateNotYetValidIsSaidToBeSo() {
    SigningKeyException e =
        assertThrows(
            SigningKeyException.class,
            () ->
                SigningKey.load(
                    keystore, PASSWORD, null, DevelopmentKeys.CREATED.minus(Duration.ofDays(1))));
    assertTrue(
        e.getMessage()
            .contains("is not valid until 20 November 2026 08:00 UTC: check the server's clock."),
        e.getMessage());
  }

  @Test
  void anExistingKeystoreIsNeverReplaced() throws Exception {
    byte[] before = Files.readAllBytes(keystore);
    SigningKeyException e =
        assertThrows(
            SigningKeyException.class,
            () -> SigningKey.createDevelopmentKeystore(keystore, PASSWORD, COUNCIL, NOW));
    assertTrue(e.getMessage().contains("exists already"), e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(keystore));
  }
}
