package uk.council.evidence.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Stores every {@code Instant} field of an entity in its {@code timestamptz} column. EclipseLink
 * 4.0 would otherwise map an {@code Instant} to bytes; through the driver as an {@code
 * OffsetDateTime} in UTC it is the same moment whatever the server's or the database's time zone.
 * Cut to the microsecond, as PostgreSQL keeps it, here rather than rounded by the driver: the same
 * instant stored by an entity and by the audit chain (which also cuts) then reads back equal.
 */
@Converter(autoApply = true)
public class InstantColumns implements AttributeConverter<Instant, OffsetDateTime> {

  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime column) {
    return column == null ? null : column.toInstant();
  }
}
