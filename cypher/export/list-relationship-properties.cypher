// Every property each type of relationship holds, with its stored types (see list-node-properties).
CALL db.schema.relTypeProperties() YIELD relType, propertyName, propertyTypes
WHERE propertyName IS NOT NULL
RETURN relType AS type, propertyName AS name, propertyTypes AS types
