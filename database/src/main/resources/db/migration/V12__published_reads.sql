-- Each component owns its tables; what another component may read of them it publishes here.
--
-- 1. "Held" on footage's own row. Whether a recording is held is retention's rule (a hold not
--    released and, for a "keep for review" hold, not yet lapsed). The library filters and
--    sorts a million recordings by it in one query, so retention keeps its answer on the
--    recording, through footage's boundary, in the same transaction as every hold it places or
--    releases: held_until is when the last active hold lapses, 'infinity' while a hold lasts
--    until someone releases it, and NULL when nothing holds the recording. The library reads
--    "held" as held_until > now. The deletion sweep does not trust this copy: it asks
--    recording_hold itself, so a wrong held_until could never let held footage be deleted.
ALTER TABLE recording ADD COLUMN held_until timestamptz;

UPDATE recording r SET held_until = h.until
  FROM (SELECT recording_id,
               CASE WHEN bool_or(expires_at IS NULL) THEN 'infinity'::timestamptz
                    ELSE max(expires_at) END AS until
          FROM recording_hold
         WHERE released_at IS NULL
         GROUP BY recording_id) h
 WHERE h.recording_id = r.id;

-- 2. Published views: a lower component's names for an upper one to show. An upper component
--    reads these, never the tables under them, so each owner may change its tables freely as
--    long as its views keep their columns. Plain one-table views: PostgreSQL plans a join
--    through one exactly as a join to the table.
CREATE VIEW staff_name AS SELECT id, display_name FROM staff_member;          -- staff
CREATE VIEW area_name AS SELECT id, name FROM service_area;                   -- staff
CREATE VIEW camera_serial AS SELECT id, serial FROM camera;                   -- device
-- footage: whose recording it is, for the access policy's standing towards a case's exhibits.
CREATE VIEW recording_owner AS SELECT id, wearer_id, service_area_id FROM recording;
