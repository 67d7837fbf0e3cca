import { de, type MessageKey } from './de';
import { en } from './en';

export type Language = 'de' | 'en';
export type { MessageKey };

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { de, en };
let current: Language = 'de';
/** Placeholders every message may use, such as the configured Land's legal references. */
let defaults: Record<string, string | number> = {};

export function setLanguage(language: Language): void {
  current = language;
  document.documentElement.lang = language;
}

export function language(): Language {
  return current;
}

export function setMessageDefaults(params: Record<string, string | number>): void {
  defaults = { ...params };
}

/** A message with `{name}` placeholders filled in; the result is plain text, never HTML. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return format(DICTIONARIES[current][key], { ...defaults, ...params });
}

/** Whether a key built at run time (`rule.${code}`) has a text. */
export function hasMessage(key: string): key is MessageKey {
  return key in DICTIONARIES[current];
}

/** Label of an enum value such as `severity.danger`; unknown values show as they are. */
export function label(group: string, value: string): string {
  const key = `${group}.${value}` as MessageKey;
  return key in DICTIONARIES[current] ? format(DICTIONARIES[current][key], defaults) : value;
}

export function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return current === 'de' ? `${d}.${m}.${y}` : `${y}-${m}-${d}`;
}

/** A moment in the device's time zone, for progress and logs rather than legal days. */
export function formatDateTime(isoTimestamp: string): string {
  return new Intl.DateTimeFormat(current === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(isoTimestamp));
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(current === 'de' ? 'de-DE' : 'en-GB').format(value);
}
