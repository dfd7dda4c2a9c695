// name: issues
// description: Every issue with its name, alphabetically, for the explorer's issue filter.
// params: none
// returns: id, name
MATCH (i:Issue)
RETURN i.id AS id, i.name AS name
ORDER BY toLower(name), id
