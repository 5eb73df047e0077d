-- Issue 17: with each statement, the parts of the ICO's video surveillance guidance and the
-- clauses of BS 8593:2025 (body-worn video) it answers, as the compliance officer enters them, for
-- the review's cross-walk annex; and whether the principle's figures stay out of the public
-- version of the review.
ALTER TABLE principle_statement
    ADD COLUMN ico_reference    varchar(300),
    ADD COLUMN bs8593_reference varchar(300),
    ADD COLUMN figures_internal boolean NOT NULL DEFAULT false;

-- The public version made when a year is signed off, as a PDF and as a web page, kept beside the
-- signed review so that it too stays as it was signed.
ALTER TABLE review_signoff
    ADD COLUMN public_pdf  bytea,
    ADD COLUMN public_html text;
