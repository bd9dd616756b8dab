// The ids one step out from a set of nodes, following relationships forwards only: from articles to what
// they mention and contain, from quotes to speakers, from figures to sources and places, from people to
// organizations. Never back to other articles, so "the articles since a date and what they hold" ends.
UNWIND $ids AS wanted
MATCH (:Node {id: wanted})-->(n:Node)
RETURN DISTINCT n.id AS id
