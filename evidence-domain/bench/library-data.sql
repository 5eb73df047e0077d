-- Generated data for the library benchmark: 3 service areas, 200 staff, 150 cameras, one dock and
-- :rows recordings over the :days days before :'anchor'. Deterministic (setseed), so every run
-- searches the same rows. Run with psql -v rows=1000000 -v days=730 -v anchor='2026-11-26 00:00:00+00'.
--
-- Shape, chosen to look like a council's footage rather than to flatter any index:
--   staff 1..180 camera users, 181..195 supervisors (who also wear cameras), 196..198 evidence
--   officers, 199 a DPO, 200 an administrator; staff n works in area 1 + n % 3.
--   cameras 1..140 belong to area 1 + n % 3; 141..150 are pooled (no area).
--   recordings: start times spread evenly over the :days days in id order (ids follow upload order, as
--   in life), with a few minutes' jitter; 5% unattributed (no wearer), which take the camera's
--   area (none for a pooled camera); 30 s to 30 min long; uploaded 1 to 12 hours after the end;
--   deletion due 31 days after the start, as the retention rule sets it.

SELECT setseed(0.42);

INSERT INTO service_area (id, code, name) VALUES
    (1, 'ENF', 'Environmental Enforcement'),
    (2, 'PARK', 'Parking Services'),
    (3, 'CSAFE', 'Community Safety');

INSERT INTO staff_member (id, username, display_name, email, service_area_id, password_hash, created_at)
SELECT n,
       'officer.' || n,
       'Officer ' || n,
       'officer.' || n || '@council.example',
       1 + n % 3,
       'PBKDF2WithHmacSHA512:210000:' || encode(sha256(('salt' || n)::bytea), 'base64') || ':'
           || encode(sha256(('hash' || n)::bytea), 'base64'),
       :'anchor'::timestamptz - interval '800 days'
  FROM generate_series(1, 200) n;

INSERT INTO staff_role (staff_id, role)
SELECT n, 'CAMERA_USER' FROM generate_series(1, 195) n
UNION ALL SELECT n, 'SUPERVISOR' FROM generate_series(181, 195) n
UNION ALL SELECT n, 'EVIDENCE_OFFICER' FROM generate_series(196, 198) n
UNION ALL SELECT 199, 'DPO'
UNION ALL SELECT 200, 'ADMIN';

INSERT INTO camera (id, serial, make, model, asset_tag, status, service_area_id, created_at)
SELECT n,
       'BWC-' || lpad(n::text, 5, '0'),
       'Reveal',
       'D-Series D5',
       'AT' || lpad(n::text, 6, '0'),
       'IN_SERVICE',
       CASE WHEN n <= 140 THEN 1 + n % 3 END,
       :'anchor'::timestamptz - interval '800 days'
  FROM generate_series(1, 150) n;

INSERT INTO dock (id, name, site, credential_sha256, credential_issued_at, created_at)
VALUES (1, 'civic-centre-1', 'Civic Centre', encode(sha256('dock-secret'::bytea), 'hex'),
        :'anchor'::timestamptz - interval '800 days', :'anchor'::timestamptz - interval '800 days');

-- The random draws sit in a subquery of their own so each row gets fresh ones.
INSERT INTO recording (id, sha256, size_bytes, camera_id, wearer_id, recorded_start, recorded_end,
                       uploaded_at, dock_id, mp4_brand, service_area_id, deletion_due_at,
                       duration_ms, video_codec, audio_codec, width, height, media_created_at,
                       has_thumbnail)
SELECT g.i,
       encode(sha256(g.i::text::bytea), 'hex'),
       g.duration_ms * 1000,                                   -- about 8 Mbit/s
       g.camera_id,
       g.wearer_id,
       g.recorded_start,
       g.recorded_start + g.duration_ms * interval '1 millisecond',
       g.recorded_start + g.duration_ms * interval '1 millisecond' + g.upload_delay,
       1,
       'isom',
       CASE WHEN g.wearer_id IS NOT NULL THEN 1 + g.wearer_id % 3
            WHEN g.camera_id <= 140 THEN 1 + g.camera_id % 3 END,
       g.recorded_start + interval '31 days',
       g.duration_ms,
       'h264',
       'aac',
       1920,
       1080,
       g.recorded_start,
       true
  FROM (SELECT i,
               :'anchor'::timestamptz - :days * interval '1 day'
                   + (i - 1) * (:days * interval '1 day' / :rows)
                   + random() * interval '10 minutes' AS recorded_start,
               CASE WHEN random() < 0.05 THEN NULL ELSE 1 + floor(random() * 195)::bigint END AS wearer_id,
               1 + floor(random() * 150)::bigint AS camera_id,
               30000 + floor(random() * 1770000)::bigint AS duration_ms,
               interval '1 hour' + random() * interval '11 hours' AS upload_delay
          FROM generate_series(1, :rows) i) g;

-- The identity columns carry on after the generated ids, as they would after real inserts.
SELECT setval(pg_get_serial_sequence('service_area', 'id'), 3);
SELECT setval(pg_get_serial_sequence('staff_member', 'id'), 200);
SELECT setval(pg_get_serial_sequence('camera', 'id'), 150);
SELECT setval(pg_get_serial_sequence('dock', 'id'), 1);
SELECT setval(pg_get_serial_sequence('recording', 'id'), :rows);
