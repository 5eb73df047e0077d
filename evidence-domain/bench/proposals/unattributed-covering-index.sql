-- Proposed (not applied to the schema): let the partial index on unattributed recordings carry
-- service_area_id and wearer_id, so a supervisor's count of unattributed footage is an index-only
-- scan instead of one heap visit per unattributed row. Measured with
--   library-bench.sh --extra-sql proposals/unattributed-covering-index.sql
-- As a migration it would be V7__library_unattributed_covering.sql with the same two statements
-- (CONCURRENTLY is not needed at deploy time; Flyway runs each migration in a transaction).
DROP INDEX recording_unattributed_idx;
CREATE INDEX recording_unattributed_idx ON recording (recorded_start)
    INCLUDE (service_area_id, wearer_id) WHERE wearer_id IS NULL;
