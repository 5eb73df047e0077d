-- Every hold of a recording, active or released, by the recording: the deletion sweep removes a
-- recording's holds before the row, and removing the row has PostgreSQL look for holds that still
-- name it (the foreign key). The partial index of active holds (V7) can serve neither, so each
-- looked at every hold. Generating a year's data for the annual-review benchmark found it: with
-- 32,000 holds, deleting 700,000 recordings had not finished after three minutes.
CREATE INDEX recording_hold_recording_idx ON recording_hold (recording_id);
