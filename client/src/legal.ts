import type { LegalProfile } from './api-types';
import { setMessageDefaults } from './i18n';

/** NRW until the server's configuration says otherwise, as the server's default profile. */
let profile: LegalProfile = {
  land: 'NW',
  landName: 'Nordrhein-Westfalen',
  law: 'WohnStG NRW',
  declarationReference: '§ 9 WohnStG NRW',
  minimumStandardsReference: '§ 5 WohnStG NRW',
  roomSizeMinM2: 10,
  legalBases: [],
};

// The labels read the default's references until the server's configuration arrives.
setMessageDefaults(messageDefaults(profile));

/** The Land law the server is configured with (LEGAL_PROFILE); set once at start, it fills the references in labels such as the finding categories. */
export function setLegalProfile(next: LegalProfile): void {
  profile = next;
  setMessageDefaults(messageDefaults(next));
}

function messageDefaults(p: LegalProfile): Record<string, string | number> {
  return { minimumStandards: p.minimumStandardsReference, roomSizeMinM2: p.roomSizeMinM2, declaration: p.declarationReference };
}

export function legalProfile(): LegalProfile {
  return profile;
}
