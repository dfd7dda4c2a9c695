// name: delete-edges
// description: Deletes the direct SUPPORTS/OPPOSES/CONSTRAINS relationships with the given keys (derive-edges rebuilds them).
// params: keys (string[], required)
// returns: deleted (integer)
UNWIND $keys AS key
OPTIONAL MATCH ()-[supports:SUPPORTS {key: key}]->()
OPTIONAL MATCH ()-[opposes:OPPOSES {key: key}]->()
OPTIONAL MATCH ()-[constrains:CONSTRAINS {key: key}]->()
DELETE supports, opposes, constrains
RETURN count(supports) + count(opposes) + count(constrains) AS deleted
