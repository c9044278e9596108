-- The copy of sessions.starts_at on session_hosts and session_crew (migration 0008) may now be written by
-- the insert itself, as the booking path does: the trigger corrects the row only when the value is
-- missing or wrong. Before, every insert was followed by an UPDATE of the same row, which rewrote its
-- index entry and fired the row's update trigger as well.
DROP TRIGGER session_hosts_copy_start;
--> statement-breakpoint
CREATE TRIGGER session_hosts_copy_start AFTER INSERT ON session_hosts
WHEN NEW.session_starts_at IS NOT (SELECT starts_at FROM sessions WHERE id = NEW.session_id)
BEGIN
  UPDATE session_hosts SET session_starts_at = (SELECT starts_at FROM sessions WHERE id = NEW.session_id)
  WHERE session_id = NEW.session_id AND host_id = NEW.host_id;
END;
--> statement-breakpoint
DROP TRIGGER session_crew_copy_start;
--> statement-breakpoint
CREATE TRIGGER session_crew_copy_start AFTER INSERT ON session_crew
WHEN NEW.session_starts_at IS NOT (SELECT starts_at FROM sessions WHERE id = NEW.session_id)
BEGIN
  UPDATE session_crew SET session_starts_at = (SELECT starts_at FROM sessions WHERE id = NEW.session_id)
  WHERE session_id = NEW.session_id AND user_id = NEW.user_id;
END;
