-- Generated requests for the library benchmark (issue 16): :requests requests over the :days days
-- before :'anchor', on top of library-data.sql's recordings. Deterministic. Run with
-- psql -v requests=20000 -v rows=1000000 -v days=730 -v anchor='2026-11-26 00:00:00+00'.
--
-- Shape, as a busy council's casework might look: 60% subject access, 20% FOI, 20% third party
-- (a third of those the police's); received evenly over the days; those received in the last
-- 40 days still open (about 1,100), the rest answered 10 to 40 days after they arrived; one in ten
-- had its clock stopped for five days (one in twenty of the open ones still stopped); one in fifty
-- answered had a complaint, nine in ten of those acknowledged; three recordings found for each.

SELECT setseed(0.16);

INSERT INTO footage_request (id, reference, kind, received_on, channel, requester_kind,
                             requester_name, requester_email, sought_from, sought_until,
                             sought_place, status, logged_by, logged_at, closed_by, closed_at,
                             closed_on, due_on, outcome, sent_how, decided_by, decided_at)
SELECT g.n,
       g.prefix || '-' || extract(year FROM g.received)::int || '-' || lpad(g.n::text, 5, '0'),
       g.kind,
       g.received,
       'EMAIL',
       g.requester,
       'Requester ' || g.n,
       'requester.' || g.n || '@example.org',
       g.received::timestamptz - interval '3 days' + interval '10 hours',
       g.received::timestamptz - interval '3 days' + interval '11 hours',
       'Somewhere in the borough',
       CASE WHEN g.open THEN 'OPEN' ELSE 'CLOSED' END,
       'officer.199',
       g.received::timestamptz + interval '9 hours',
       CASE WHEN NOT g.open THEN 'officer.199' END,
       CASE WHEN NOT g.open THEN (g.received + g.took)::timestamptz + interval '15 hours' END,
       CASE WHEN NOT g.open THEN g.received + g.took END,
       CASE WHEN NOT g.open THEN g.received + 30 END,
       CASE WHEN NOT g.open THEN g.outcome END,
       CASE WHEN NOT g.open THEN 'EMAIL' END,
       CASE WHEN NOT g.open THEN 'officer.199' END,
       CASE WHEN NOT g.open THEN (g.received + g.took)::timestamptz + interval '15 hours' END
  FROM (SELECT n,
               k.kind,
               k.prefix,
               k.requester,
               k.outcome,
               (:'anchor'::timestamptz - :days * interval '1 day')::date + (:days * (n - 1) / :requests) AS received,
               (:'anchor'::timestamptz)::date - ((:'anchor'::timestamptz - :days * interval '1 day')::date
                   + (:days * (n - 1) / :requests)) < 40 AS open,
               10 + floor(random() * 31)::int AS took
          FROM generate_series(1, :requests) n
          CROSS JOIN LATERAL (
              SELECT CASE WHEN n % 10 < 6 THEN 'SUBJECT_ACCESS' WHEN n % 10 < 8 THEN 'FOI'
                          ELSE 'THIRD_PARTY' END AS kind,
                     CASE WHEN n % 10 < 6 THEN 'SAR' WHEN n % 10 < 8 THEN 'FOI' ELSE 'TPR' END AS prefix,
                     CASE WHEN n % 10 < 6 THEN 'PERSON' WHEN n % 10 < 8 THEN 'OTHER'
                          WHEN n % 3 = 0 THEN 'POLICE' ELSE 'INSURER' END AS requester,
                     CASE WHEN n % 10 < 6 THEN (ARRAY['SAR_DISCLOSE', 'SAR_DISCLOSE_IN_PART',
                              'NONE_HELD', 'SAR_REFUSE_EXCESSIVE'])[1 + n % 4]
                          WHEN n % 10 < 8 THEN (ARRAY['FOI_S40_2', 'FOI_S40_2', 'FOI_S31', 'NONE_HELD'])[1 + n % 4]
                          ELSE (ARRAY['TPR_DISCLOSE', 'TPR_DISCLOSE', 'TPR_REFUSE'])[1 + n % 3] END
                         AS outcome) k) g;

INSERT INTO request_pause (request_id, from_day, until_day, asked)
SELECT id, received_on + 3,
       CASE WHEN status = 'OPEN' AND id % 20 = 0 THEN NULL ELSE received_on + 8 END,
       'Which day was it?'
  FROM footage_request WHERE id % 10 = 0;

INSERT INTO request_complaint (request_id, received_on, about, acknowledged_on, logged_by, logged_at)
SELECT id, closed_on + 5, 'How the request was handled',
       CASE WHEN id % 500 <> 0 THEN closed_on + 12 END,
       'officer.199', (closed_on + 5)::timestamptz + interval '10 hours'
  FROM footage_request WHERE status = 'CLOSED' AND id % 50 = 0 AND closed_on + 5 <= (:'anchor'::timestamptz)::date;

INSERT INTO request_recording (request_id, recording_id, found_by, verdict, added_at)
SELECT r.id, 1 + (r.id * 37 + k * 1009) % :rows, 'WINDOW',
       CASE WHEN k = 0 THEN 'MATCHING' WHEN k = 1 THEN 'NOT_MATCHING' ELSE 'UNDECIDED' END,
       r.logged_at
  FROM footage_request r CROSS JOIN generate_series(0, 2) k;

SELECT setval(pg_get_serial_sequence('footage_request', 'id'), :requests);
