-- A disclosure package's source, and recipients beyond the police and the CPS.
--
-- A package answers exactly one source: a case, whose exhibits it discloses, or a request (subject
-- access, FOI, third party), whose matched footage it discloses. The request table comes with the
-- request component, and with it the foreign key on request_id; until then the database checks
-- that a package names exactly one source and what kind it is. Existing packages keep their case.
--
-- source_reference is the case's or the request's reference as the package named it (in its
-- manifest and continuity statements): a package is a record of what left the building, and the
-- disclosure log and the verify page show it without reading another component's tables.
--
-- Recipients: besides a police force (with a named officer) and a CPS area, the data subject (the
-- requester of a subject access request, by name), an insurer, a solicitor, or another public
-- authority. The named person is an officer, a contact or the data subject, so the column is
-- renamed; an organisation is needed for everyone but the data subject. Lawful bases gain the data
-- subject's right of access (UK GDPR Art. 15). Which basis fits which recipient is a rule of the
-- domain (RecipientKind), not repeated here.
--
-- Every footage file in a package names its recording, so that a request's package, whose files
-- are not exhibits, is audited against its recordings like a case's.

ALTER TABLE disclosure_package
    ADD COLUMN source           varchar(8),
    ADD COLUMN request_id       bigint,
    ADD COLUMN source_reference varchar(40);

UPDATE disclosure_package p
   SET source = 'CASE', source_reference = c.reference
  FROM evidence_case c
 WHERE c.id = p.case_id;

ALTER TABLE disclosure_package
    ALTER COLUMN source SET NOT NULL,
    ALTER COLUMN source_reference SET NOT NULL,
    ALTER COLUMN case_id DROP NOT NULL,
    ADD CONSTRAINT disclosure_package_source_kind CHECK (source IN ('CASE', 'REQUEST')),
    ADD CONSTRAINT disclosure_package_one_source CHECK (
        (source = 'CASE' AND case_id IS NOT NULL AND request_id IS NULL)
        OR (source = 'REQUEST' AND request_id IS NOT NULL AND case_id IS NULL));

CREATE INDEX disclosure_package_request_idx ON disclosure_package (request_id)
    WHERE request_id IS NOT NULL;

ALTER TABLE disclosure_package RENAME COLUMN officer TO person;

ALTER TABLE disclosure_package
    DROP CONSTRAINT disclosure_package_recipient_kind_check,
    DROP CONSTRAINT disclosure_package_lawful_basis_check,
    ALTER COLUMN recipient_kind TYPE varchar(20),
    ALTER COLUMN organisation DROP NOT NULL,
    ADD CONSTRAINT disclosure_package_recipient_kind CHECK (recipient_kind IN ('POLICE', 'CPS',
        'DATA_SUBJECT', 'INSURER', 'SOLICITOR', 'PUBLIC_AUTHORITY')),
    ADD CONSTRAINT disclosure_package_lawful_basis CHECK (lawful_basis IN ('CRIME_PREVENTION',
        'LAW_ENFORCEMENT', 'LEGAL_PROCEEDINGS', 'SUBJECT_ACCESS')),
    ADD CONSTRAINT disclosure_package_recipient_named CHECK (
        CASE recipient_kind
            WHEN 'DATA_SUBJECT' THEN person IS NOT NULL
            WHEN 'POLICE' THEN person IS NOT NULL AND organisation IS NOT NULL
            ELSE organisation IS NOT NULL
        END);

ALTER TABLE disclosure_file ADD COLUMN recording_id bigint;

UPDATE disclosure_file f
   SET recording_id = e.recording_id
  FROM exhibit e
 WHERE e.id = f.exhibit_id;

ALTER TABLE disclosure_file
    ADD CONSTRAINT disclosure_file_footage_recording CHECK (
        kind NOT IN ('ORIGINAL', 'CLIP') OR recording_id IS NOT NULL);
