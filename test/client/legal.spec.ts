import { afterEach, describe, expect, it } from 'vitest';
import { label, t } from '../../client/src/i18n';
import { legalProfile, setLegalProfile } from '../../client/src/legal';

const NRW = legalProfile();

describe('the configured Land law in the client’s texts', () => {
  afterEach(() => setLegalProfile(NRW));

  it('should name NRW’s minimum standards in the finding categories before the server’s configuration arrives', () => {
    expect(label('category', 'room_size')).toBe('Raumgröße ≥ 10 m² (§ 5 WohnStG NRW)');
    expect(label('category', 'heating')).toBe('Heizung (§ 5 WohnStG NRW)');
  });

  it('should name Hessen’s references and room size once the server configures the Hessian profile', () => {
    setLegalProfile({
      land: 'HE',
      landName: 'Hessen',
      law: 'HWoAufG',
      declarationReference: '§ 6 HWoAufG',
      minimumStandardsReference: '§ 4 Abs. 1 HWoAufG',
      roomSizeMinM2: 9,
      legalBases: ['§ 6 HWoAufG'],
    });
    expect(label('category', 'room_size')).toBe('Raumgröße ≥ 9 m² (§ 4 Abs. 1 HWoAufG)');
    expect(label('category', 'vermin')).toBe('Ungeziefer');
    expect(t('timeline.density', { value: '8,75', min: '9', reference: '§ 7 Abs. 1 HWoAufG' })).toBe(
      '8,75 m² pro Person (Mindestwert 9 m², § 7 Abs. 1 HWoAufG)',
    );
  });
});
