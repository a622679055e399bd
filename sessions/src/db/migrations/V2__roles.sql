-- Atelier's schema, version 2: what the two kinds of people may do. Advisors read and write
-- journeys, records and the service's files and add to the audit log; coordinators also read
-- the audit log. Each person logs in as their own role, member of one of these (see
-- `atelier database add-advisor`); the roles are made by `atelier database setup` when
-- missing.
GRANT SELECT, INSERT, UPDATE, DELETE ON journeys, records, service_years TO atelier_advisor;
GRANT SELECT, UPDATE ON atelier_state TO atelier_advisor;
GRANT SELECT ON atelier_schema TO atelier_advisor;
GRANT INSERT ON audit TO atelier_advisor;
GRANT USAGE ON SEQUENCE audit_id_seq TO atelier_advisor;
GRANT EXECUTE ON FUNCTION atelier_erase_audit(text) TO atelier_advisor;
GRANT SELECT ON audit TO atelier_coordinator;
