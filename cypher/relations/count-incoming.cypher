// Size of each parent's list for `(parent)<-[:$($type)]-(n:$($label))`, counted without collecting the nodes.
UNWIND $parentIds AS parentId
MATCH (parent:Node {id: parentId})
RETURN parentId, COUNT { MATCH (parent)<-[:$($type)]-(n:$($label)) WHERE $kinds IS NULL OR n.kind IN $kinds } AS total
