import { today } from '../../src/common/dates.js';

/** The city's time zone of the test apps (TZ_CITY's default). */
export const TEST_CITY_TIME_ZONE = 'Europe/Berlin';

/** Today in the test city, as the server computes it. */
export const cityToday = (): string => today(TEST_CITY_TIME_ZONE);
