-- Footage publishes what retention reads of a recording: its times, size, hash, whose and where
-- it is, its retention category and due date, and whether a sweep has claimed it. The deletion
-- sweep, re-dating and the retention report read recordings through this view, and change them
-- only through footage's own statements (footage.control.RecordingRows), so retention's SQL
-- names only its own tables and the views below it. A plain one-table view: PostgreSQL plans a
-- query through it, row locks included, exactly as one on the table.
CREATE VIEW recording_retention AS
SELECT id, camera_id, wearer_id, service_area_id, recorded_start, recorded_end, uploaded_at,
       size_bytes, sha256, retention_category, deletion_due_at, deleting_since
  FROM recording;
