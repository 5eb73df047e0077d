-- Generated data for the deletion-sweep benchmark: 3 service areas, 60 staff, 40 cameras, one dock,
-- and one recording per row of bench_file (id, sha256, size_bytes, has_thumbnail), which
-- sweep-bench.sh has loaded from the file generator's CSV: each recording's sha256 is the SHA-256
-- of the file written for it at the path FootageStore expects.
--
-- Every recording is due: recorded over the 28 days up to 60 days ago, deletion due 31 days after
-- the start (so between 29 and 1 days ago), no holds, not claimed (deleting_since NULL), no notes
-- and no fixity results. 5% are unattributed (no wearer; the camera's area, none for a pooled
-- camera). Deterministic (setseed), relative to now().

SELECT setseed(0.4242);

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
       now() - interval '400 days'
  FROM generate_series(1, 60) n;

INSERT INTO staff_role (staff_id, role)
SELECT n, 'CAMERA_USER' FROM generate_series(1, 55) n
UNION ALL SELECT n, 'SUPERVISOR' FROM generate_series(51, 55) n
UNION ALL SELECT n, 'EVIDENCE_OFFICER' FROM generate_series(56, 57) n
UNION ALL SELECT 58, 'DPO'
UNION ALL SELECT 59, 'COMPLIANCE_OFFICER'
UNION ALL SELECT 60, 'ADMIN';

INSERT INTO camera (id, serial, make, model, asset_tag, status, service_area_id, created_at)
SELECT n,
       'BWC-' || lpad(n::text, 5, '0'),
       'Reveal',
       'D-Series D5',
       'AT' || lpad(n::text, 6, '0'),
       'IN_SERVICE',
       CASE WHEN n <= 36 THEN 1 + n % 3 END,
       now() - interval '400 days'
  FROM generate_series(1, 40) n;

INSERT INTO dock (id, name, site, credential_sha256, credential_issued_at, created_at)
VALUES (1, 'civic-centre-1', 'Civic Centre', encode(sha256('dock-secret'::bytea), 'hex'),
        now() - interval '400 days', now() - interval '400 days');

-- The random draws sit in a subquery of their own so each row gets fresh ones.
INSERT INTO recording (id, sha256, size_bytes, camera_id, wearer_id, recorded_start, recorded_end,
                       uploaded_at, dock_id, mp4_brand, service_area_id, deletion_due_at,
                       duration_ms, video_codec, audio_codec, width, height, media_created_at,
                       has_thumbnail)
SELECT g.id,
       g.sha256,
       g.size_bytes,
       g.camera_id,
       g.wearer_id,
       g.recorded_start,
       g.recorded_start + g.duration_ms * interval '1 millisecond',
       g.recorded_start + g.duration_ms * interval '1 millisecond' + g.upload_delay,
       1,
       'isom',
       CASE WHEN g.wearer_id IS NOT NULL THEN 1 + g.wearer_id % 3
            WHEN g.camera_id <= 36 THEN 1 + g.camera_id % 3 END,
       g.recorded_start + interval '31 days',
       g.duration_ms,
       'h264',
       'aac',
       1920,
       1080,
       g.recorded_start,
       g.has_thumbnail
  FROM (SELECT f.id, f.sha256, f.size_bytes, f.has_thumbnail,
               date_trunc('second', now()) - interval '60 days'
                   + (f.id - 1) * (interval '28 days' / (SELECT count(*) FROM bench_file))
                   + random() * interval '10 minutes' AS recorded_start,
               CASE WHEN random() < 0.05 THEN NULL ELSE 1 + floor(random() * 55)::bigint END AS wearer_id,
               1 + floor(random() * 40)::bigint AS camera_id,
               30000 + floor(random() * 1770000)::bigint AS duration_ms,
               interval '1 hour' + random() * interval '11 hours' AS upload_delay
          FROM bench_file f) g;

DROP TABLE bench_file;

-- The identity columns carry on after the generated ids, as they would after real inserts.
SELECT setval(pg_get_serial_sequence('service_area', 'id'), 3);
SELECT setval(pg_get_serial_sequence('staff_member', 'id'), 60);
SELECT setval(pg_get_serial_sequence('camera', 'id'), 40);
SELECT setval(pg_get_serial_sequence('dock', 'id'), 1);
SELECT setval(pg_get_serial_sequence('recording', 'id'), (SELECT max(id) FROM recording));
