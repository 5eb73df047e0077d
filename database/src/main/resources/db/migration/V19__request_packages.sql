-- Issue 16: a disclosure package may now answer a request, which the request component's table
-- holds: the foreign key V11 said would come with it.
ALTER TABLE disclosure_package
    ADD CONSTRAINT disclosure_package_request FOREIGN KEY (request_id) REFERENCES footage_request (id);
CREATE INDEX disclosure_package_request_idx ON disclosure_package (request_id) WHERE request_id IS NOT NULL;
