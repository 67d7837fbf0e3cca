/**
 * The aliases after a change: the previous name is kept when the party is renamed, the current name
 * is never its own alias, and spellings that differ only in case appear once.
 */
export function mergeAliases(aliases: readonly string[], currentName: string, previousName: string | null): string[] {
  const seen = new Set([currentName.toLowerCase()]);
  const result: string[] = [];
  for (const alias of previousName ? [previousName, ...aliases] : aliases) {
    const key = alias.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(alias);
  }
  return result;
}
