// Wording shared by the controllers: counts with the right plural, and what a shared link could
// not bring back.

/** "1 hop", "2 hops"; `many` for irregular plurals ("1 query", "2 queries"). */
export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

const listed = (one: string, many: string, items: string[]): string => `${items.length === 1 ? one : many} ${items.join(', ')}`;

/**
 * What a link asked for that could not be loaded (a node gone from the database, a request that
 * failed), named so the user knows the view is not the one that was shared; null when all came back.
 */
export function restoreNotice(failed: { nodes?: string[]; expansions?: string[] }): string | null {
  const parts = [
    ...(failed.nodes?.length ? [listed('node', 'nodes', failed.nodes)] : []),
    ...(failed.expansions?.length ? [listed('the expansion of', 'the expansions of', failed.expansions)] : []),
  ];
  return parts.length ? `The link could not be fully restored: could not load ${parts.join(' and ')}.` : null;
}
