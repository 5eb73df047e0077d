-- Issue 17: a year's review signed off. The signed PDF is kept as it was signed, with its figures
-- frozen in it, so that downloading it again gives the same document; once a year is signed off
-- its statements and actions raised in it no longer change.
CREATE TABLE review_signoff (
    review_year          smallint      PRIMARY KEY CHECK (review_year BETWEEN 2013 AND 2100),
    responsible_officer  varchar(200)  NOT NULL,
    signed_by            varchar(64)   NOT NULL,
    signed_at            timestamptz   NOT NULL,
    file_name            varchar(120)  NOT NULL,
    sha256               char(64)      NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    pdf                  bytea         NOT NULL
);
