// Every person, from the count store: no node is read. The filtered count (count-people) scans.
RETURN COUNT { (:Person) } AS total
