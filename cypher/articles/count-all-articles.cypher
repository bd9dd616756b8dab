// Every article, from the count store: no node is read. The filtered count (count-articles) scans.
RETURN COUNT { (:Article) } AS total
