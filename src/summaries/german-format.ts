const formatters = new Map<string, Intl.NumberFormat>();

/** German number: decimal comma, optional thousands dots (off for spreadsheets, which would misread them). */
export function formatNumber(value: number, decimals: number, grouping = true): string {
  const id = `${decimals}:${grouping}`;
  let formatter = formatters.get(id);
  if (!formatter) {
    formatter = new Intl.NumberFormat('de-DE', { maximumFractionDigits: decimals, minimumFractionDigits: 0, useGrouping: grouping });
    formatters.set(id, formatter);
  }
  // Avoid "-0" for values rounded to zero.
  const text = formatter.format(value);
  return text === '-0' ? '0' : text;
}

/** Signed change such as "+3", "-2,5" or "±0"; ASCII minus so the standard PDF fonts can show it. */
export function formatChange(value: number, decimals: number): string {
  const text = formatNumber(Math.abs(value), decimals);
  if (text === '0') return '±0';
  return `${value > 0 ? '+' : '-'}${text}`;
}

/** 2025-03-01 → 01.03.2025 */
export function formatDate(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

/** An instant in the city's local time, e.g. "21.11.2026, 02:16 Uhr". */
export function formatTimestamp(iso: string, timeZone: string): string {
  const text = new Date(iso).toLocaleString('de-DE', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${text} Uhr`;
}

/** "2025-Q1" → "Q1 2025" */
export function formatQuarter(quarter: string): string {
  return `${quarter.slice(5)} ${quarter.slice(0, 4)}`;
}
