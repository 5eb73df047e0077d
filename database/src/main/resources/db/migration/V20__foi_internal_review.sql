-- Issue 16: an FOI requester unhappy with the reply may ask for an internal review, which the
-- ICO expects finished within 20 working days of the day it is asked for (the s.45 code of
-- practice). While one is under way the request is on the queue again and its footage stays held.
ALTER TABLE footage_request
    ADD COLUMN review_asked_on  date,
    ADD COLUMN review_done_on   date,
    ADD COLUMN review_result    varchar(2000),
    ADD CONSTRAINT footage_request_review CHECK (
        (review_asked_on IS NOT NULL OR review_done_on IS NULL)
        AND (review_done_on IS NULL) = (review_result IS NULL)
        AND (review_done_on IS NULL OR review_done_on >= review_asked_on));
CREATE INDEX footage_request_review_open_idx ON footage_request (id)
    WHERE review_asked_on IS NOT NULL AND review_done_on IS NULL;
