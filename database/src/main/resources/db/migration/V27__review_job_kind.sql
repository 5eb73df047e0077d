-- A background job of the annual review either makes a draft or signs the year off (both versions
-- made, signed and kept with the figures frozen); the public-version flag it replaces was never set.
ALTER TABLE review_job
    ADD COLUMN kind varchar(12) NOT NULL DEFAULT 'DRAFT' CHECK (kind IN ('DRAFT', 'SIGN_OFF'));
ALTER TABLE review_job DROP COLUMN public_version;
