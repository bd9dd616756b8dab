// The last sequence number given: a server starting up delivers what is logged after it, not the past.
OPTIONAL MATCH (counter:ChangeCounter {id: 'changes'})
RETURN coalesce(counter.seq, 0) AS seq
