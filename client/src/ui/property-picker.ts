import { ApiError } from '../api';
import { errorText } from '../problem-text';
import type { OfficialAddress, PropertySummary } from '../api-types';
import type { AppContext } from '../context';
import { h, onAsync, replace } from '../dom';
import { t } from '../i18n';
import { createAddressSearch, officialLabel } from './address-search';
import { clearFieldErrors, field, showFieldErrors, textInput } from './form-fields';

export type MapPick = { propertyId: string } | { lat: number; lon: number };

/** Lets a form borrow the map: the next tap on a building or a place is handed to `onPick`. */
export interface MapPicker {
  start(onPick: (pick: MapPick) => void, onCancel: () => void): void;
  stop(): void;
}

export interface PropertyPickerOptions {
  ctx: AppContext;
  /** Null where there is no map (offline, before signing in): the building is then found by address only. */
  picker: MapPicker | null;
  /** The city a new building is most likely in, known once the district outlines have loaded. */
  defaultCity: Promise<string | null>;
  onChosen: (property: PropertySummary | null) => void;
  onCreated: () => void;
}

/** Chooses the building of an operation: by address search, by tapping it on the map, or as a new suspected building at the tapped place. */
export function createPropertyPicker(slot: HTMLElement, options: PropertyPickerOptions): { set(property: PropertySummary | null): void } {
  const { ctx } = options;

  function set(property: PropertySummary | null): void {
    options.picker?.stop();
    options.onChosen(property);
    if (property) {
      const swatch = h('span', { class: 'swatch', attrs: { 'aria-hidden': 'true' } });
      swatch.style.backgroundColor = property.statusColour;
      replace(
        slot,
        h('span', { class: 'field-label' }, t('operation.property')),
        h(
          'p',
          { class: 'chosen-property', dataset: { propertyId: property.id } },
          swatch,
          h('strong', {}, property.address.label),
          ` · ${ctx.statusLabel(property.status)}`,
        ),
        h('button', { class: 'link-button', attrs: { type: 'button' }, on: { click: () => set(null) } }, t('operation.changeProperty')),
      );
      return;
    }
    // An official address without a building in the file opens the new-building form on its official point.
    const search = createAddressSearch(ctx, {
      onProperty: (p) => set(p),
      onOfficial: (a) => newPropertyForm({ lat: a.lat, lon: a.lon }, a),
      officialHint: t('search.officialNew'),
    });
    const picker = options.picker;
    if (!picker) return void replace(slot, h('span', { class: 'field-label' }, t('operation.property')), search);
    const pickButton = h('button', { class: 'button', attrs: { type: 'button' }, dataset: { action: 'pick-on-map' } }, t('operation.pickOnMap'));
    let picking = false;
    const reset = () => {
      picking = false;
      pickButton.textContent = t('operation.pickOnMap');
    };
    pickButton.addEventListener('click', () => {
      if (picking) return picker.stop();
      picking = true;
      pickButton.textContent = t('operation.pickCancel');
      picker.start((pick) => {
        reset();
        if ('propertyId' in pick) void ctx.api.property(pick.propertyId).then(set, (e: unknown) => ctx.toast(errorText(e), 'error'));
        else newPropertyForm(pick, null);
      }, reset);
    });
    replace(slot, h('span', { class: 'field-label' }, t('operation.property')), search, pickButton);
  }

  /** A new building at the tapped place, or at the official point of the address chosen; choosing an official address here moves it there. */
  function newPropertyForm(tapped: { lat: number; lon: number }, chosen: OfficialAddress | null): void {
    const street = textInput('street', '', { maxlength: 200, autocomplete: 'address-line1' });
    const houseNumber = textInput('houseNumber', '', { maxlength: 20, inputmode: 'text' });
    const suffix = textInput('houseNumberSuffix', '', { maxlength: 20 });
    const postcode = textInput('postcode', '', { maxlength: 5, inputmode: 'numeric', autocomplete: 'postal-code' });
    const city = textInput('city', '', { maxlength: 100 });
    const placement = h('p', { class: 'placement', attrs: { role: 'status' } });
    let official: OfficialAddress | null = null;
    const place = (address: OfficialAddress | null) => {
      official = address;
      placement.dataset.placement = address ? 'official' : 'tapped';
      placement.textContent = address
        ? t('operation.placedOfficial', { address: officialLabel(address) })
        : chosen
          ? t('operation.placedKept', { address: officialLabel(chosen) })
          : t('operation.placedTapped');
    };
    const takeOfficial = (address: OfficialAddress) => {
      street.value = address.street;
      houseNumber.value = address.houseNumber;
      suffix.value = address.houseNumberSuffix ?? '';
      if (address.postcode) postcode.value = address.postcode;
      place(address);
    };
    // Typing another address than the official one chosen leaves the building where it is, as an address of its own.
    for (const input of [street, houseNumber, suffix]) input.addEventListener('input', () => official && place(null));
    const fillCity = (name: string | null) => {
      if (name && !city.value.trim()) city.value = name;
    };
    void options.defaultCity.then(fillCity);
    const officialSearch = createAddressSearch(ctx, { onOfficial: takeOfficial, label: t('operation.officialSearch') });
    const create = h('button', { class: 'button button--primary', attrs: { type: 'button' } }, t('operation.createProperty'));
    const box = h(
      'div',
      { class: 'new-property' },
      h('p', { class: 'field-label' }, t('operation.newProperty')),
      officialSearch,
      field(t('operation.street'), street, 'street'),
      h(
        'div',
        { class: 'field-row' },
        field(t('operation.houseNumber'), houseNumber, 'houseNumber'),
        field(t('operation.houseNumberSuffix'), suffix, 'houseNumberSuffix'),
      ),
      h('div', { class: 'field-row' }, field(t('operation.postcode'), postcode, 'postcode'), field(t('operation.city'), city, 'city')),
      placement,
      h('div', { class: 'form-errors', attrs: { role: 'alert' }, hidden: true }),
      create,
      h('button', { class: 'link-button', attrs: { type: 'button' }, on: { click: () => set(null) } }, t('operation.pickCancel')),
    );
    if (chosen) takeOfficial(chosen);
    else place(null);
    onAsync(create, 'click', async () => {
      clearFieldErrors(box);
      fillCity(await options.defaultCity);
      const at = official ? { lat: official.lat, lon: official.lon } : tapped;
      try {
        const created = await ctx.api.createProperty({
          street: street.value.trim(),
          houseNumber: houseNumber.value.trim(),
          ...(suffix.value.trim() ? { houseNumberSuffix: suffix.value.trim() } : {}),
          ...(postcode.value.trim() ? { postcode: postcode.value.trim() } : {}),
          city: city.value.trim(),
          ...at,
          ...(official ? { officialAddressId: official.id } : {}),
          origin: 'field',
        });
        options.onCreated();
        set(created);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        const existing = error.status === 409 && typeof error.body.existingId === 'string' ? error.body.existingId : null;
        if (existing) return void ctx.api.property(existing).then(set);
        showFieldErrors(box, error, t('operation.errors'));
      }
    });
    replace(slot, box);
    (chosen ? houseNumber : street).focus();
  }

  return { set };
}
