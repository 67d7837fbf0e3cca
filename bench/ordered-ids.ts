import { Random } from '../seeds/random.js';

const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');

/**
 * Time-ordered UUIDs (version 7 layout: 48-bit counter where v7 has milliseconds, then random bits), so bulk-generated
 * rows arrive in primary-key and foreign-key order and every index grows at its end instead of at random pages.
 */
export function orderedIds(seed: number, start = Date.UTC(2014, 0, 1)): () => string {
  const random = new Random(seed ^ 0x5eed);
  let counter = start;
  return () => {
    counter += 1;
    const time = hex(counter, 12);
    const tail = hex(random.int(0, 0xffff), 4) + hex(random.int(0, 0xffff), 4) + hex(random.int(0, 0xffff), 4);
    const variant = hex(0x8000 | random.int(0, 0x3fff), 4);
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(random.int(0, 0xfff), 3)}-${variant}-${tail}`;
  };
}
