/**
 * The per-address login limit counts in fixed minute windows: a series of attempts started just before a window ends
 * would be cut in two. Waits, when less than 15 s are left, for the next window to begin.
 */
export async function startWellInsideMinuteWindow(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}
