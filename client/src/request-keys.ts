/** A random Idempotency-Key; getRandomValues works on plain-HTTP intranet installs, where randomUUID does not exist. */
export function newRequestKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One key per content while a form stays open: saving again after a lost answer repeats the same request, which the
 * server answers with the first answer instead of storing it twice; changed content is a new request with a new key.
 */
export function formRequestKeys(): (input: unknown) => string {
  let last: { content: string; key: string } | null = null;
  return (input) => {
    const content = JSON.stringify(input);
    if (last?.content !== content) last = { content, key: newRequestKey() };
    return last.key;
  };
}
