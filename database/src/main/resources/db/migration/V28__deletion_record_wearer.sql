-- Whose footage a deleted recording was, as an id: the annual review counts the recordings made by
-- wearers whose training had lapsed, and most of a year's recordings are deleted by the time it is
-- reviewed. The name alone (deletion_record.wearer) is not enough: two people may share one.
ALTER TABLE deletion_record ADD COLUMN wearer_id bigint;

-- Records written before now: the wearer whose display name is theirs, where only one has it.
UPDATE deletion_record d
   SET wearer_id = s.id
  FROM staff_member s
 WHERE s.display_name = d.wearer
   AND (SELECT count(*) FROM staff_member t WHERE t.display_name = d.wearer) = 1;

CREATE INDEX deletion_record_wearer_idx ON deletion_record (wearer_id, recorded_start)
    WHERE wearer_id IS NOT NULL;
