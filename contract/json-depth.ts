// How deep a JSON value nests, counted the same way by the server's request check and the Cypher
// console's parameters box (which must not pull zod into the client bundle, hence a file of its own).

/** How many arrays/objects nest in a JSON value, counted without recursion (a 64 KB body can nest thousands deep). */
export function jsonDepth(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, outer] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    max = Math.max(max, outer + 1);
    for (const child of Object.values(v)) stack.push([child, outer + 1]);
  }
  return max;
}
