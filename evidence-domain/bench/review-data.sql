-- Generated data for the annual-review benchmark: what a large council's year leaves behind, on top
-- of library-data.sql's recordings (run with :days the days of the review year up to :'anchor', so
-- that every recording was made in it) and before request-data.sql. Deterministic. Run with
-- psql -v anchor='2026-12-07 10:00:00+00' -v password_hash='PBKDF2WithHmacSHA256:210000:...'.
--
-- As the retention rules would have left it at :'anchor':
--   holds: one recording in 25 kept (evidence, subject access, FOI, complaint and legal holds);
--   every other recording whose deletion fell due is gone (so the server's sweep finds nothing to
--   do while it is measured): a deletion record as the sweep writes it instead of its row; 99%
--   deleted within the hour after falling due, 1% (the weeks the sweep was stopped) three days
--   late;
--   fixity: every recording still held checked once, the newest 3 but 2 found altered and the
--   newest 2 missing (the server's own check, which starts from the oldest, does not reach them);
--   training: every wearer's course, a year long, ran out in June; one in ten renewed a month late
--   (a month lapsed), one in fifty not renewed (lapsed since), the rest five days before;
--   cases: 400 over the year, each with one package to the police or the CPS;
--   accounts: one compliance officer, staff 201 'compliance.bench', and one data protection
--   officer, staff 202 'dpo.bench', both with :'password_hash'.

SELECT setseed(0.17);

INSERT INTO staff_member (id, username, display_name, email, service_area_id, password_hash, created_at)
VALUES (201, 'compliance.bench', 'Compliance Officer (benchmark)', 'compliance.bench@council.example',
        1, :'password_hash', :'anchor'::timestamptz - interval '800 days');
INSERT INTO staff_member (id, username, display_name, email, service_area_id, password_hash, created_at)
VALUES (202, 'dpo.bench', 'Data Protection Officer (benchmark)', 'dpo.bench@council.example',
        1, :'password_hash', :'anchor'::timestamptz - interval '800 days');
INSERT INTO staff_role (staff_id, role) VALUES (201, 'COMPLIANCE_OFFICER'), (202, 'DPO');
SELECT setval(pg_get_serial_sequence('staff_member', 'id'), 202);

INSERT INTO deletion_record (recording_id, camera_serial, wearer, wearer_id, service_area,
                             recorded_start, recorded_end, uploaded_at, size_bytes, sha256, rule,
                             due_at, deleted_at)
SELECT r.id, c.serial, w.display_name, r.wearer_id, a.name, r.recorded_start, r.recorded_end, r.uploaded_at,
       r.size_bytes, r.sha256, 'due: General, recorded start + 31 days',
       r.deletion_due_at,
       least(:'anchor'::timestamptz,
             r.deletion_due_at + CASE WHEN r.id % 100 = 7 THEN interval '3 days'
                                      ELSE random() * interval '55 minutes' END)
  FROM recording r
  JOIN camera c ON c.id = r.camera_id
  LEFT JOIN staff_member w ON w.id = r.wearer_id
  LEFT JOIN service_area a ON a.id = r.service_area_id
 WHERE r.deletion_due_at <= :'anchor'::timestamptz
   AND r.id % 25 <> 0;

DELETE FROM recording r USING deletion_record d WHERE d.recording_id = r.id;

-- The holds after the deletions: the foreign key's check of each deleted row would scan them.
INSERT INTO recording_hold (recording_id, kind, reference, reason, placed_by, placed_at)
SELECT id,
       (ARRAY['EVIDENCE', 'EVIDENCE', 'SUBJECT_ACCESS', 'FOI', 'COMPLAINT', 'LEGAL'])[1 + (id / 25) % 6],
       'REF-' || id,
       'Kept for the benchmark',
       'officer.196',
       least(uploaded_at + interval '2 days', :'anchor'::timestamptz)
  FROM recording
 WHERE id % 25 = 0;

INSERT INTO fixity_result (recording_id, checked_at, outcome, detail)
SELECT id,
       :'anchor'::timestamptz - interval '2 days' + (id % 1000) * interval '1 minute',
       CASE WHEN id IN (SELECT id FROM recording ORDER BY id DESC LIMIT 2) THEN 'MISSING'
            WHEN id IN (SELECT id FROM recording ORDER BY id DESC LIMIT 5) THEN 'ALTERED'
            ELSE 'INTACT' END,
       ''
  FROM recording;

-- A course lasts a year; the first ran out this June (day 165 of the year), the renewals follow.
INSERT INTO training_record (username, course, completed_on, expires_on, recorded_by, recorded_at)
SELECT 'officer.' || n, 'Body-worn video: operation and the law', y.first - 200, y.first + 165,
       'compliance.bench', (y.first - 200)::timestamptz + interval '10 hours'
  FROM generate_series(1, 195) n,
       (SELECT date_trunc('year', :'anchor'::timestamptz)::date AS first) y
UNION ALL
SELECT 'officer.' || n, 'Body-worn video: operation and the law', r.renewed, r.renewed + 365,
       'compliance.bench', r.renewed::timestamptz + interval '10 hours'
  FROM generate_series(1, 195) n,
       (SELECT date_trunc('year', :'anchor'::timestamptz)::date AS first) y,
       LATERAL (SELECT y.first + CASE WHEN n % 10 = 3 THEN 195 ELSE 160 END AS renewed) r
 WHERE n % 50 <> 0 AND r.renewed <= :'anchor'::date;

INSERT INTO evidence_case (id, reference, case_type, occurred_at, location, service_area_id,
                           description, status, opened_by, opened_at)
SELECT n,
       'BWV-' || extract(year FROM :'anchor'::timestamptz)::int || '-' || lpad(n::text, 4, '0'),
       (ARRAY['ASSAULT_ON_STAFF', 'THREATS_OR_ABUSE', 'FLY_TIPPING', 'PARKING_DISPUTE',
              'ANTI_SOCIAL_BEHAVIOUR', 'OTHER'])[1 + n % 6],
       y.first + (n - 1) * ((:'anchor'::timestamptz - y.first) / 400),
       'Somewhere in the borough',
       1 + n % 3,
       'Generated case ' || n,
       'WITH_POLICE',
       'officer.196',
       y.first + (n - 1) * ((:'anchor'::timestamptz - y.first) / 400) + interval '1 day'
  FROM generate_series(1, 400) n,
       (SELECT date_trunc('year', :'anchor'::timestamptz) AS first) y;

INSERT INTO disclosure_package (id, reference, case_id, recipient_kind, organisation, person,
                                lawful_basis, purpose, expires_at, built_by, built_at, file_name,
                                sha256, size_bytes, source, source_reference)
SELECT c.id,
       'PKG-' || lpad(c.id::text, 6, '0'),
       c.id,
       CASE WHEN c.id % 4 = 0 THEN 'CPS' ELSE 'POLICE' END,
       'Police force',
       'PC ' || c.id,
       CASE WHEN c.id % 4 = 0 THEN 'LEGAL_PROCEEDINGS' ELSE 'LAW_ENFORCEMENT' END,
       'Investigation of the incident',
       c.opened_at + interval '90 days',
       'officer.196',
       c.opened_at + interval '2 days',
       'package-' || c.id || '.zip',
       encode(sha256(c.reference::bytea), 'hex'),
       50000000,
       'CASE',
       c.reference
  FROM evidence_case c WHERE c.opened_at + interval '2 days' <= :'anchor'::timestamptz;

SELECT setval(pg_get_serial_sequence('evidence_case', 'id'), 400);
SELECT setval(pg_get_serial_sequence('disclosure_package', 'id'), 400);
