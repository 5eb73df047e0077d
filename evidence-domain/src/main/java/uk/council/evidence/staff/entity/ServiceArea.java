package uk.council.evidence.staff.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A part of the council whose staff wear cameras, e.g. Parking Services. */
@Entity
@Table(name = "service_area")
public class ServiceArea {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;

  protected ServiceArea() {}

  public ServiceArea(String code, String name) {
    this.code = Objects.requireNonNull(code).strip().toUpperCase(java.util.Locale.ROOT);
    this.name = Objects.requireNonNull(name).strip();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }
}
