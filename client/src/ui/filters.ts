import type { DistrictFeature } from '../api-types';
import type { AppContext } from '../context';
import { h, replace } from '../dom';
import { t } from '../i18n';
import { EMPTY_FILTERS, type MapFilters } from '../url-state';
import { checkbox, dateInput, field, select } from './form-fields';

export interface Filters {
  update(filters: MapFilters): void;
  setDistricts(districts: readonly DistrictFeature[]): void;
}

/** District, agency, operation date range, open measures, density: every change goes straight into the view. */
export function createFilters(container: HTMLElement, ctx: AppContext, onChange: (patch: Partial<MapFilters>) => void): Filters {
  const district = select('district', [], null, t('filters.anyDistrict'));
  let wantedDistrict = '';
  const agency = select(
    'agency',
    ctx.agencies.filter((a) => a.taskforce).map((a) => ({ value: a.code, label: ctx.agencyName(a.code) })),
    null,
    t('filters.anyAgency'),
  );
  const from = dateInput('from', null);
  const to = dateInput('to', null);
  const openMeasures = checkbox('openMeasures', false);
  const overThreshold = checkbox('overThreshold', false);
  const addressUnmatched = checkbox('addressUnmatched', false);
  // The status choice belongs to the legend and stays.
  const { statuses, ...cleared } = EMPTY_FILTERS;
  const reset = h('button', { class: 'link-button', attrs: { type: 'button' }, on: { click: () => onChange(cleared) } }, t('filters.reset'));

  district.addEventListener('change', () => onChange({ district: district.value || null }));
  agency.addEventListener('change', () => onChange({ agency: agency.value || null }));
  from.addEventListener('change', () => onChange({ from: from.value || null }));
  to.addEventListener('change', () => onChange({ to: to.value || null }));
  openMeasures.addEventListener('change', () => onChange({ openMeasures: openMeasures.checked }));
  overThreshold.addEventListener('change', () => onChange({ overThreshold: overThreshold.checked }));
  addressUnmatched.addEventListener('change', () => onChange({ addressUnmatched: addressUnmatched.checked }));

  replace(
    container,
    h('h2', { class: 'sidebar-heading' }, t('filters.heading')),
    field(t('filters.district'), district, 'district'),
    field(t('filters.agency'), agency, 'agency'),
    h('div', { class: 'field-row' }, field(t('filters.from'), from, 'from'), field(t('filters.to'), to, 'to')),
    field(t('filters.openMeasures'), openMeasures, 'openMeasures'),
    field(t('filters.overThreshold'), overThreshold, 'overThreshold'),
    field(t('filters.addressUnmatched'), addressUnmatched, 'addressUnmatched'),
    reset,
  );

  return {
    update(filters) {
      wantedDistrict = filters.district ?? '';
      district.value = wantedDistrict;
      agency.value = filters.agency ?? '';
      from.value = filters.from ?? '';
      to.value = filters.to ?? '';
      openMeasures.checked = filters.openMeasures;
      overThreshold.checked = filters.overThreshold;
      addressUnmatched.checked = filters.addressUnmatched;
    },
    setDistricts(districts) {
      replace(
        district,
        h('option', { value: '' }, t('filters.anyDistrict')),
        ...[...districts].sort((a, b) => a.properties.name.localeCompare(b.properties.name)).map((d) => h('option', { value: d.id }, d.properties.name)),
      );
      // The applied filter, which a reload or shared link may set before the list of districts arrives.
      district.value = wantedDistrict;
    },
  };
}
