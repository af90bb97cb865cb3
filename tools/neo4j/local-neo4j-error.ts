/** A failure of the managed local Neo4j that the user can act on: entry points print its one-line message, not a stack. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}
