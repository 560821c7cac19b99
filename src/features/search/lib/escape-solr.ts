/**
 * Characters Trakt's search engine (Solr) treats as syntax: + - && || ! ( ) { } [ ] ^ " ~ * ? : /
 * `&` and `|` are escaped one by one (`\&\&` is a literal "&&"); the backslash itself too, so a user's
 * backslash cannot undo an escape.
 */
const SPECIAL = /[\\+\-&|!(){}[\]^"~*?:/]/g

/**
 * Makes a typed query literal for Solr: escapes every special character with a backslash and collapses runs of
 * whitespace to one space (spaces stay word separators; the request layer URL-encodes them, as the reference asks).
 */
export function escapeSolr(query: string): string {
  return query
    .trim()
    .replace(/\s+/g, ' ')
    .replace(SPECIAL, (char) => `\\${char}`)
}
