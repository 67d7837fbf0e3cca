import { errorText } from '../problem-text';
import type { Finding, Operation, PropertyDetail, PropertyPartyLink, TimelineItem, Unit } from '../api-types';
import type { AppContext } from '../context';
import { h, replace } from '../dom';
import { formatDate, formatNumber, label, t } from '../i18n';
import { mountAmendmentForm } from './amendment-form';
import { mountPropertyForm } from './property-form';
import { createDecisionForm } from './decision-form';
import { renderTimeline } from './timeline';
import { statusSwatch } from './status-swatch';

export interface BuildingFileHandlers {
  onClose: () => void;
  /** After a decision: the property with its new status (the map reloads). */
  onChanged: (property: PropertyDetail) => void;
  onNewOperation: (property: PropertyDetail) => void;
  /** "Entwurf fortsetzen" on one of the viewer's own drafts. */
  onContinueDraft: (operation: Operation) => void;
}

export interface BuildingFile {
  open(propertyId: string): Promise<PropertyDetail | null>;
}

/** The side panel with a building's file: address, status, units, parties, timeline and (for leads) the decision form. */
export function createBuildingFile(panel: HTMLElement, ctx: AppContext, handlers: BuildingFileHandlers): BuildingFile {
  let current = 0;

  async function open(propertyId: string): Promise<PropertyDetail | null> {
    const request = ++current;
    replace(panel, header(t('file.heading'), handlers.onClose), h('p', { class: 'muted' }, t('app.loading')));
    try {
      const [property, timeline, units, parties] = await Promise.all([
        ctx.api.property(propertyId),
        ctx.api.timeline(propertyId),
        ctx.api.units(propertyId),
        ctx.can('party:read') ? ctx.api.parties(propertyId) : Promise.resolve(null),
      ]);
      if (request !== current) return null;
      render(property, timeline.items, units, parties);
      return property;
    } catch (error) {
      if (request !== current) return null;
      const message = errorText(error);
      replace(panel, header(t('file.heading'), handlers.onClose), h('p', { class: 'form-errors', attrs: { role: 'alert' } }, t('app.error', { message })));
      return null;
    }
  }

  // A correction replaces the file in the panel; cancelling shows the file as it was, saving reloads it.
  function amend(operation: Operation, property: PropertyDetail, timeline: TimelineItem[], units: Unit[], parties: PropertyPartyLink[] | null): void {
    const back = () => render(property, timeline, units, parties);
    const host = h('div', { class: 'panel-host' });
    replace(panel, header(t('amend.heading'), back), h('p', { class: 'muted' }, property.address.label), host);
    mountAmendmentForm(host, {
      ctx,
      operation,
      units,
      onCancel: back,
      onSaved: () =>
        void open(property.id).then((updated) => {
          if (updated) handlers.onChanged(updated);
        }),
    });
    panel.scrollTop = 0;
    panel.querySelector<HTMLElement>('#amend-heading')?.focus();
  }

  // Released, the finding is in every reader's file and in the decision form: the file is read again.
  async function release(finding: Finding, propertyId: string): Promise<void> {
    try {
      await ctx.api.releaseFinding(finding.id);
      ctx.toast(t('timeline.releasedToast'));
      await open(propertyId);
    } catch (error) {
      ctx.toast(t('app.error', { message: errorText(error) }), 'error');
    }
  }

  // Editing address and note replaces the file in the panel like a correction does.
  function edit(property: PropertyDetail, timeline: TimelineItem[], units: Unit[], parties: PropertyPartyLink[] | null): void {
    const host = h('div', { class: 'panel-host' });
    replace(
      panel,
      header(t('propertyForm.edit'), () => render(property, timeline, units, parties)),
      host,
    );
    mountPropertyForm(host, {
      ctx,
      property,
      onCancel: () => render(property, timeline, units, parties),
      onSaved: (updated) => {
        handlers.onChanged(updated);
        void open(updated.id);
      },
    });
    panel.scrollTop = 0;
    panel.querySelector<HTMLElement>('#property-form-heading')?.focus();
  }

  function render(property: PropertyDetail, timeline: TimelineItem[], units: Unit[], parties: PropertyPartyLink[] | null): void {
    const badge = h('span', { class: 'status-badge', dataset: { status: property.status } });
    const swatch = statusSwatch(ctx, property.status, property.statusColour);
    badge.append(swatch, ctx.statusLabel(property.status));
    const decide = ctx.can('decision:create')
      ? h(
          'details',
          { class: 'decide' },
          h('summary', { class: 'button' }, t('file.decide')),
          createDecisionForm(ctx, property, timeline, (updated) => {
            handlers.onChanged(updated);
            void open(updated.id);
          }),
        )
      : null;
    replace(
      panel,
      header(t('file.heading'), handlers.onClose),
      h(
        'div',
        { class: 'file', dataset: { propertyId: property.id } },
        h('h3', { class: 'file-address', attrs: { tabindex: -1 } }, property.address.label),
        h('p', { class: 'file-status' }, badge, ' ', t('file.since', { date: formatDate(property.statusSince) })),
        facts(property),
        h(
          'div',
          { class: 'file-actions' },
          ctx.can('operation:file')
            ? h('button', { class: 'button', attrs: { type: 'button' }, on: { click: () => handlers.onNewOperation(property) } }, t('file.newOperation'))
            : null,
          ctx.can('property:write')
            ? h('button', { class: 'button', attrs: { type: 'button' }, on: { click: () => edit(property, timeline, units, parties) } }, t('propertyForm.edit'))
            : null,
        ),
        decide,
        h('h4', { class: 'section-heading' }, t('file.units')),
        units.length
          ? h(
              'ul',
              { class: 'units' },
              ...units.map((u) =>
                h(
                  'li',
                  {},
                  u.label,
                  u.livingSpaceM2 !== null ? ` · ${t('file.m2', { value: formatNumber(u.livingSpaceM2) })}` : '',
                  u.singleRoomSharedFacilities ? ` · ${t('file.singleRoom')}` : '',
                ),
              ),
            )
          : h('p', { class: 'muted' }, t('file.noUnits')),
        parties === null ? null : h('h4', { class: 'section-heading' }, t('file.parties')),
        parties === null
          ? null
          : parties.length
            ? h(
                'ul',
                { class: 'parties' },
                ...parties.map((p) =>
                  h('li', {}, h('strong', {}, label('party', p.role)), ': ', p.party.name, p.party.contactAddress ? ` · ${p.party.contactAddress}` : ''),
                ),
              )
            : h('p', { class: 'muted' }, t('file.noParties')),
        h('h4', { class: 'section-heading' }, t('file.timeline')),
        renderTimeline(timeline, units, ctx, {
          onContinueDraft: handlers.onContinueDraft,
          onAmend: (operation) => amend(operation, property, timeline, units, parties),
          onRelease: (finding) => void release(finding, property.id),
        }),
      ),
    );
    panel.querySelector<HTMLElement>('.file-address')?.focus();
  }

  return { open };
}

function facts(property: PropertyDetail): HTMLElement {
  const rows: Array<[string, string]> = [];
  if (property.districtName) rows.push([t('file.district'), [property.districtName, property.subdistrictName].filter(Boolean).join(' / ')]);
  if (property.addressMatch) rows.push([t('file.addressMatch'), t(`file.addressMatch.${property.addressMatch}`)]);
  rows.push([t('file.origin'), label('origin', property.origin)]);
  if (property.note) rows.push([t('file.note'), property.note]);
  return h('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function header(title: string, onClose: () => void): HTMLElement {
  return h(
    'div',
    { class: 'panel-header' },
    h('h2', {}, title),
    h('button', { class: 'icon-button', attrs: { type: 'button', 'aria-label': t('app.close'), title: t('app.close') }, on: { click: onClose } }, '×'),
  );
}
