-- Staff who sign in through the council's directory (Active Directory over LDAPS): their record
-- keeps the directory entry they sign in as, and no password; the portal's own accounts keep a
-- password hash and no entry. Exactly one of the two.

ALTER TABLE staff_member ADD COLUMN directory_dn varchar(1024);
ALTER TABLE staff_member ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE staff_member ADD CONSTRAINT staff_member_signs_in_one_way
    CHECK ((password_hash IS NULL) <> (directory_dn IS NULL));
-- A directory account has no one-time password to change.
ALTER TABLE staff_member ADD CONSTRAINT staff_member_directory_password
    CHECK (directory_dn IS NULL OR NOT must_change_password);
CREATE UNIQUE INDEX staff_member_directory_dn_uq ON staff_member (lower(directory_dn));
