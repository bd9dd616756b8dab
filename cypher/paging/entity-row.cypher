// A named entity of a list as a row, with the counts such lists sort by, and its key in the list's order.
RETURN n {.*, articleCount: COUNT { (n)<-[:MENTIONS]-() }, quoteCount: coalesce(n.quoteCount, 0)} AS node, key
// include: paging/keyset-order
