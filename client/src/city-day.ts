/** The city's time zone, from the server's configuration (TZ_CITY); set once at start. */
let cityTimeZone = 'Europe/Berlin';

export function setCityTimeZone(timeZone: string): void {
  cityTimeZone = timeZone;
}

/** The calendar day of `at` in the city as YYYY-MM-DD: after midnight in Berlin it is the new day, whatever UTC or the device say. */
export function cityToday(at = new Date(), timeZone = cityTimeZone): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A calendar day `days` after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
