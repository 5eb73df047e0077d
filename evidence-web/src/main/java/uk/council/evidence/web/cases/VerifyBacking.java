package uk.council.evidence.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import uk.council.evidence.casework.boundary.Disclosures;
import uk.council.evidence.casework.entity.DisclosurePackage;
import uk.council.evidence.casework.entity.Verification;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.Messages;

/**
 * The verify page, open to anyone holding a file the council disclosed: the file chosen is hashed
 * as it arrives and not kept, or its SHA-256 typed; the answer says which package and exhibit it
 * is, when and to whom it was disclosed, or that the council never disclosed those bytes.
 */
@Named("verify")
@RequestScoped
public class VerifyBacking {

  @Inject Disclosures disclosures;
  @Inject Messages messages;
  @Inject FacesContext faces;

  private String sha256;
  private String name;
  private Part file;
  private Verification result;

  public void check() {
    String hash = sha256;
    String fileName = name;
    try {
      if (file != null && file.getSize() > 0) {
        hash = hash(file);
        fileName = file.getSubmittedFileName();
        sha256 = hash;
      }
      result = disclosures.verify(hash, fileName, address());
    } catch (InvalidInput e) {
      messages.reject("verify", e);
    } catch (IOException e) {
      messages.reject(
          "verify", new InvalidInput("file", "The file could not be read: " + e.getMessage()));
    } finally {
      if (file != null) {
        try {
          file.delete();
        } catch (IOException e) {
          // The container removes it at the end of the request anyway.
        }
      }
    }
  }

  private static String hash(Part part) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = new DigestInputStream(part.getInputStream(), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  public String time(java.time.Instant instant) {
    return Formats.dateTime(instant);
  }

  /** Whether the package was revoked, has expired, or can still be downloaded. */
  public String standing(DisclosurePackage p) {
    if (p.getRevokedAt().isPresent()) {
      return "revoked " + Formats.dateTime(p.getRevokedAt().get());
    }
    return (p.getExpiresAt().isAfter(java.time.Instant.now()) ? "downloadable until " : "expired ")
        + Formats.dateTime(p.getExpiresAt());
  }

  private String address() {
    return ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
  }

  public Verification getResult() {
    return result;
  }

  public String getSha256() {
    return sha256;
  }

  public void setSha256(String sha256) {
    this.sha256 = sha256;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
