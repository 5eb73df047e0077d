-- Issue 16: the DPO's queue orders open requests by the day each is first due. Counting that day
-- takes the request's whole history (receipt, identity, pauses, clarification, extension) and the
-- bank-holiday calendar, in Java; doing it for every queued request on every page view was most of
-- the page's time. So each open request keeps where its clock stood when last counted, and the
-- calendar version it was counted on: a change to the request empties clock_calendar, a change to
-- the calendar changes the version, and the queue counts again only the requests whose stamp is
-- out of date before it sorts and pages in SQL. An FOI internal review under way keeps its due day
-- the same way (review_due_on), since a closed request with a review is on the queue by that day.
ALTER TABLE footage_request
    ADD COLUMN clock_state    varchar(16),
    ADD COLUMN clock_due_on   date,
    ADD COLUMN clock_since    date,
    ADD COLUMN clock_calendar varchar(64),
    ADD COLUMN review_due_on  date,
    ADD CONSTRAINT footage_request_clock CHECK (
        clock_state IS NULL AND clock_calendar IS NULL
        OR clock_state IN ('RUNNING', 'PAUSED', 'WAITING') AND clock_calendar IS NOT NULL
           AND (clock_state = 'RUNNING') = (clock_due_on IS NOT NULL)
           AND (clock_state = 'RUNNING') = (clock_since IS NULL));

-- The queue's monthly counts read answered requests by the day they were closed: this index holds
-- every column those counts need, so they read it alone rather than the table.
CREATE INDEX footage_request_answered_idx ON footage_request (closed_on)
    INCLUDE (outcome, due_on, kind, requester_kind) WHERE outcome IS NOT NULL;
