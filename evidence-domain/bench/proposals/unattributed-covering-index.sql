-- Proposed, not applied to the schema: let the partial index on unattributed recordings carry
-- service_area_id and wearer_id, so that a supervisor's count of unattributed footage is an
-- index-only scan instead of one heap visit per unattributed row it passes (13,576 buffers and
-- 46 ms for one count at 1M recordings; 132 buffers and 4.5 ms with this index).
-- Measured with: library-bench.sh --extra-sql proposals/unattributed-covering-index.sql
-- As a migration it would be V7__library_unattributed_covering.sql with these two statements.
-- Building it reads the recording table once (seconds at 1M rows) and blocks inserts meanwhile.
DROP INDEX recording_unattributed_idx;
CREATE INDEX recording_unattributed_idx ON recording (recorded_start)
    INCLUDE (service_area_id, wearer_id) WHERE wearer_id IS NULL;
