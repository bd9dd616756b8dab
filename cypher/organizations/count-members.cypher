// How many roles an organization's people hold: its roles' member keys in the index (see list-members).
MATCH ()-[lead:HOLDS_ROLE]->()
WHERE $from < lead.memberKey < $to
RETURN count(lead) AS total
