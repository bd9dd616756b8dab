// Every property each kind of node holds, with its stored types: exports declare their columns (CSV
// headers, GraphML keys) before the first row, and a stream cannot look ahead to find them.
CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes
WHERE 'Node' IN nodeLabels AND propertyName IS NOT NULL
RETURN nodeLabels AS labels, propertyName AS name, propertyTypes AS types
