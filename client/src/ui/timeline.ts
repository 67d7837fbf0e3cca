import './operation-edits.css';
import type { Amendment, Finding, Measure, Occupancy, Operation, TimelineItem, Unit, Visibility } from '../api-types';
import type { AppContext } from '../context';
import { h, type Child } from '../dom';
import { formatDate, formatDateTime, formatNumber, label, t } from '../i18n';
import { amendmentsById, canAmend, canContinueDraft, describeAmendment } from './operation-edits';
import { cityToday } from '../city-day';
import { statusSwatch } from './status-swatch';

const SEVERITY_ORDER = { danger: 0, major: 1, minor: 2 } as const;

/** What the building file offers on an operation; without them the timeline only shows. */
export interface TimelineActions {
  onContinueDraft: (operation: Operation) => void;
  onAmend: (operation: Operation) => void;
  /** Releases a finding the user's agency keeps for itself, for decisions. */
  onRelease: (finding: Finding) => void;
}

interface View {
  ctx: AppContext;
  unitLabel(unitId: string | null): string;
  amendments: Map<string, Amendment>;
  actions?: TimelineActions;
}

type Withdrawable = { withdrawn: boolean; withdrawnByAmendmentId: string | null; addedByAmendmentId: string | null };

/** The building's history, oldest first; every text from the server is a text node. */
export function renderTimeline(items: readonly TimelineItem[], units: readonly Unit[], ctx: AppContext, actions?: TimelineActions): HTMLElement {
  if (!items.length) return h('p', { class: 'muted' }, t('file.noTimeline'));
  const view: View = {
    ctx,
    unitLabel: (unitId) => (unitId ? (units.find((u) => u.id === unitId)?.label ?? unitId.slice(0, 8)) : t('timeline.wholeBuilding')),
    amendments: amendmentsById(items),
    actions,
  };
  const operationDates = new Map(items.flatMap((i) => (i.operation ? [[i.operation.id, i.operation.date] as const] : [])));
  const findingsById = new Map(items.flatMap((i) => i.operation?.findings.map((f) => [f.id, f] as const) ?? []));
  return h(
    'ol',
    { class: 'timeline' },
    ...items.map((item) =>
      h(
        'li',
        { class: `timeline-item timeline-item--${item.kind}`, dataset: { kind: item.kind, id: item.id } },
        h('time', { class: 'timeline-date', attrs: { datetime: item.date } }, formatDate(item.date)),
        itemBody(item, view, operationDates, findingsById),
      ),
    ),
  );
}

function itemBody(item: TimelineItem, view: View, operationDates: Map<string, string>, findingsById: Map<string, Finding>): HTMLElement {
  const { ctx } = view;
  if (item.kind === 'operation' && item.operation) return operationBody(item.operation, view);
  if (item.kind === 'measure' && item.measure) return measureBody(item.measure, view);
  if (item.kind === 'decision' && item.decision) {
    const d = item.decision;
    const after = d.statusAfter ? h('span', { class: 'badge' }, statusSwatch(ctx, d.statusAfter), ctx.statusLabel(d.statusAfter)) : null;
    return h(
      'div',
      { class: 'timeline-body' },
      h('h4', {}, t('timeline.decision', { type: label('decisionType', d.type) }), ' ', after),
      line(d.fileReference ? t('timeline.fileReference', { value: d.fileReference }) : null),
      line(d.legalBasis),
      line(d.reason),
      line(d.personsAffected !== null ? t('timeline.persons', { persons: d.personsAffected, children: d.childrenAffected ?? 0 }) : null),
      line(d.basisFindingIds.length ? t('timeline.basis', { findings: basisText(d.basisFindingIds, findingsById, operationDates) }) : null),
      line(d.importId ? t('timeline.imported', { date: formatDateTime(d.createdAt) }) : null),
    );
  }
  if (item.kind === 'amendment' && item.amendment) {
    const a = item.amendment;
    const date = operationDates.get(a.operationId);
    const details = describeAmendment(a);
    return h(
      'div',
      { class: 'timeline-body amendment', dataset: { operationId: a.operationId } },
      h(
        'h4',
        {},
        t('timeline.amendment', { date: date ? formatDate(date) : '', reason: amendmentReason(a, ctx) }),
        ownedBadge(a.reasonVisibility, a.agencyCode, ctx),
      ),
      details.length ? h('ul', { class: 'amendment-details' }, ...details.map((text) => h('li', {}, text))) : null,
    );
  }
  return h('div', { class: 'timeline-body' }, item.kind);
}

function operationBody(op: Operation, view: View): HTMLElement {
  const { ctx, actions } = view;
  const findings = [...op.findings].sort((a, b) => Number(a.withdrawn) - Number(b.withdrawn) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const button = (text: string, action: string, onClick: () => void) =>
    h('button', { class: 'button', attrs: { type: 'button' }, dataset: { action, operationId: op.id }, on: { click: onClick } }, text);
  const continueDraft =
    actions && canContinueDraft(op, ctx.user) ? button(t('timeline.continueDraft'), 'continue-draft', () => actions.onContinueDraft(op)) : null;
  const amend = actions && canAmend(op, ctx.user) ? button(t('timeline.amend'), 'amend', () => actions.onAmend(op)) : null;
  return h(
    'div',
    { class: 'timeline-body', dataset: { operationId: op.id, state: op.state } },
    h(
      'h4',
      {},
      t('timeline.operation', { kind: label('kind', op.kind), date: formatDate(op.date) }),
      op.state === 'draft' ? h('span', { class: 'badge badge--draft' }, t('timeline.draft')) : null,
    ),
    line(t('timeline.agencies', { agencies: op.agencyCodes.map((c) => ctx.agencyName(c)).join(', ') })),
    line(
      `${op.interpreterPresent ? t('timeline.interpreter') : t('timeline.noInterpreter')} · ${t('timeline.trigger', { trigger: label('trigger', op.trigger) })}${op.triggerSource ? ` (${op.triggerSource})` : ''}`,
      ownedBadge(op.triggerSourceVisibility, op.leadAgencyCode, ctx),
    ),
    line(t('timeline.units', { entered: op.unitsEntered, notAccessible: op.unitsNotAccessible })),
    line(op.notes, ownedBadge(op.notesVisibility, op.leadAgencyCode, ctx)),
    findings.length ? h('h5', {}, t('timeline.findings')) : null,
    findings.length ? h('ul', { class: 'findings' }, ...findings.map((f) => findingItem(f, view))) : null,
    op.occupancyCounts.length ? h('h5', {}, t('timeline.occupancy')) : null,
    op.occupancyCounts.length ? h('ul', { class: 'occupancy' }, ...op.occupancyCounts.map((c) => occupancyItem(c, view))) : null,
    continueDraft || amend ? h('div', { class: 'timeline-actions' }, continueDraft, amend) : null,
  );
}

/** A withdrawn entry stays in the record, struck through, with the reason of the amendment that withdrew it. */
function withdrawable(item: Withdrawable, view: View, content: Child[]): Child[] {
  const added = item.addedByAmendmentId ? view.amendments.get(item.addedByAmendmentId) : undefined;
  const addedBadge = item.addedByAmendmentId ? h('span', { class: 'badge badge--added' }, t('timeline.addedBy', { seq: added?.seq ?? '' })) : null;
  if (!item.withdrawn) return [...content, addedBadge];
  const by = item.withdrawnByAmendmentId ? view.amendments.get(item.withdrawnByAmendmentId) : undefined;
  return [
    h('del', { class: 'withdrawn-content' }, ...content, addedBadge),
    h('p', { class: 'withdrawn-note' }, by ? t('timeline.withdrawnBy', { seq: by.seq, reason: amendmentReason(by, view.ctx) }) : t('timeline.withdrawn')),
  ];
}

/** A decision's basis: each finding's category, severity and day (every basis finding is one the whole taskforce sees). */
function basisText(ids: readonly string[], findingsById: Map<string, Finding>, operationDates: Map<string, string>): string {
  return ids
    .flatMap((id) => {
      const f = findingsById.get(id);
      return f ? [`${label('category', f.category)} (${label('severity', f.severity)}, ${formatDate(operationDates.get(f.operationId) ?? '')})`] : [];
    })
    .join('; ');
}

function withdrawnAttrs(item: Withdrawable, id: string): Record<string, string> {
  return { id, withdrawn: String(item.withdrawn) };
}

function findingItem(f: Finding, view: View): HTMLElement {
  return h(
    'li',
    { class: `finding finding--${f.severity}${f.withdrawn ? ' is-withdrawn' : ''}`, dataset: { severity: f.severity, ...withdrawnAttrs(f, f.id) } },
    ...withdrawable(f, view, [
      h('span', { class: `badge badge--${f.severity}` }, label('severity', f.severity)),
      ' ',
      h('strong', {}, label('category', f.category)),
      ` · ${view.unitLabel(f.unitId)}`,
      f.visibility === 'agency' ? h('span', { class: 'badge' }, t('timeline.agencyOnly', { agency: view.ctx.agencyName(f.agencyCode) })) : null,
      f.releasedAt ? h('span', { class: 'badge' }, t('timeline.released', { date: formatDateTime(f.releasedAt) })) : null,
      h('p', { class: 'finding-text' }, f.description),
      canRelease(f, view)
        ? h('button', { class: 'button button--small', attrs: { type: 'button' }, on: { click: () => view.actions!.onRelease(f) } }, t('timeline.release'))
        : null,
    ]),
  );
}

/** A lead of the agency that keeps a finding for itself may release it for decisions, once. */
function canRelease(f: Finding, view: View): boolean {
  const { ctx, actions } = view;
  return !!actions && ctx.can('finding:release') && f.visibility === 'agency' && !f.releasedAt && !f.withdrawn && f.agencyCode === ctx.user.agencyCode;
}

function occupancyItem(c: Occupancy, view: View): HTMLElement {
  const unknown = t('timeline.unknown');
  const density =
    c.m2PerPerson === null
      ? null
      : c.threshold
        ? t('timeline.density', { value: formatNumber(c.m2PerPerson), min: formatNumber(c.threshold.minM2PerPerson), reference: c.threshold.legalReference })
        : t('timeline.densityNoRule', { value: formatNumber(c.m2PerPerson) });
  return h(
    'li',
    { class: `occupancy-line${c.underThreshold ? ' is-over-threshold' : ''}${c.withdrawn ? ' is-withdrawn' : ''}`, dataset: withdrawnAttrs(c, c.id) },
    ...withdrawable(c, view, [
      t('timeline.occupancyLine', {
        unit: view.unitLabel(c.unitId),
        registered: c.personsRegistered ?? unknown,
        found: c.personsFound,
        children: c.childrenFound,
      }),
      density ? h('span', { class: 'density' }, ` · ${density}`) : null,
      c.underThreshold ? h('span', { class: 'badge badge--danger' }, t('timeline.underThreshold')) : null,
    ]),
  );
}

function measureBody(m: Measure, view: View): HTMLElement {
  const overdue = !m.withdrawn && m.state === 'open' && m.deadline !== null && m.deadline < cityToday();
  return h(
    'div',
    {
      class: `timeline-body measure measure--${m.withdrawn ? 'withdrawn' : m.state}${overdue ? ' is-overdue' : ''}${m.withdrawn ? ' is-withdrawn' : ''}`,
      dataset: withdrawnAttrs(m, m.id),
    },
    ...withdrawable(m, view, [
      h(
        'h4',
        {},
        t('timeline.measure', { type: label('measure', m.type) }),
        ' ',
        h('span', { class: `badge badge--measure-${m.state}` }, label('measureState', m.state)),
      ),
      m.deadline ? line(`${t('timeline.deadline', { date: formatDate(m.deadline) })}${overdue ? ` – ${t('timeline.overdue')}` : ''}`) : null,
      line([view.ctx.agencyName(m.agencyCode), m.legalBasis, m.personsCount !== null ? `${m.personsCount} P.` : null].filter(Boolean).join(' · ')),
      line(m.description, ownedBadge(m.descriptionVisibility, m.agencyCode, view.ctx)),
    ]),
  );
}

function line(text: string | null | undefined, badge: Child = null): Child {
  return text ? h('p', {}, text, badge ? ' ' : null, badge) : null;
}

/** Marks text its agency keeps for itself; the server sends such text only to that agency. */
function ownedBadge(visibility: Visibility | null, agencyCode: string, ctx: AppContext): Child {
  return visibility === 'agency' ? h('span', { class: 'badge' }, t('timeline.agencyOnly', { agency: ctx.agencyName(agencyCode) })) : null;
}

function amendmentReason(a: Amendment, ctx: AppContext): string {
  return a.reason ?? t('timeline.reasonKept', { agency: ctx.agencyName(a.agencyCode) });
}
