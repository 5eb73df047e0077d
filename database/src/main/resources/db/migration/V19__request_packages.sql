-- Issue 16: a disclosure package may now answer a request, which the request component's table
-- holds: the foreign key V11 said would come with it.
ALTER TABLE disclosure_package
    ADD CONSTRAINT disclosure_package_request FOREIGN KEY (request_id) REFERENCES footage_request (id);

-- A request that arrives after its footage was deleted shows the deletion records of the time it
-- asks about: those recorded before its end that ended after its start.
CREATE INDEX deletion_record_recorded_start_idx ON deletion_record (recorded_start);
