import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  exactly,
  launchBrowser,
  login,
  openPage,
  screenshotPath,
  skipBrowser,
  startBrowserServer,
  type ApiCall,
  type BrowserServer,
} from './browser-env.js';
import { cityToday } from '../helpers/city-day.js';

const PHONE = { width: 360, height: 740 };
const HOSTILE_REASON = 'Befund doppelt erfasst <img src=x onerror=alert(1)>';

interface Summary {
  id: string;
  address: { label: string; street: string; houseNumber: string };
}

interface StoredOperation {
  id: string;
  state: string;
  version: number;
  notes: string | null;
  unitsEntered: number;
  interpreterPresent: boolean;
  findings: Array<{
    id: string;
    unitId: string | null;
    category: string;
    severity: string;
    description: string;
    visibility: string;
    withdrawn: boolean;
    addedByAmendmentId: string | null;
    withdrawnByAmendmentId: string | null;
  }>;
  amendments: Array<{
    id: string;
    reason: string;
    added: { findingIds: string[] };
    withdrawn: { findingIds: string[] };
    changes: Record<string, { from: unknown; to: unknown }>;
  }>;
}

describe.skipIf(skipBrowser)('continuing drafts and correcting submitted operations (headless Chromium)', () => {
  let server: BrowserServer;
  let browser: Browser;
  let inspector: ApiCall;
  let suspected: Summary[];

  beforeAll(async () => {
    server = await startBrowserServer();
    browser = await launchBrowser();
    inspector = await apiAs(server.url, 'inspector');
    suspected = (await inspector<{ items: Summary[] }>('GET', '/properties?status=suspected&limit=4')).items;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 90_000);

  const today = cityToday;

  /** A lead on a phone opens the building file by its link and the correction form of a filed operation. */
  async function openCorrection(target: Summary, filed: StoredOperation) {
    const opened = await openPage(browser, { viewport: PHONE });
    await login(opened.page, `${server.url}/#p=${target.id}`, 'lead');
    const operationItem = opened.page.locator(`.timeline-body[data-operation-id="${filed.id}"]`);
    await operationItem.waitFor({ timeout: 20_000 });
    await operationItem.getByRole('button', { name: 'Korrektur' }).click();
    const form = opened.page.locator(`.amend-form[data-operation-id="${filed.id}"]`);
    await form.waitFor();
    return { ...opened, form };
  }

  /** An operation the inspector filed and submitted through the API, with the given findings (category, severity, text). */
  async function fileSubmitted(target: Summary, unitsEntered: number, findings: Array<[string, string, string]>): Promise<StoredOperation> {
    const filed = await inspector<StoredOperation>('POST', '/operations', {
      propertyId: target.id,
      kind: 'joint_inspection',
      date: today(),
      trigger: 'complaint',
      interpreterPresent: false,
      agencyCodes: ['ordnungsamt'],
      unitsEntered,
      unitsNotAccessible: 0,
      findings: findings.map(([category, severity, description]) => ({ category, severity, description, visibility: 'taskforce' })),
      occupancyCounts: [],
      measures: [],
    });
    await inspector('POST', `/operations/${filed.id}/submit`);
    return filed;
  }

  it('should save a draft, continue it from the building file after a reload, add a finding and submit the same operation', async () => {
    const target = suspected[0];
    const unit = await inspector<{ id: string }>('POST', `/properties/${target.id}/units`, { label: 'Hinterhaus 2. OG (Test)', livingSpaceM2: 45 });
    const { context, page, errors } = await openPage(browser, { viewport: PHONE });
    await login(page, server.url, 'inspector');
    await page.getByRole('button', { name: 'Neuer Einsatz' }).click();
    let form = page.locator('.operation-form');
    await form.getByRole('combobox', { name: 'Adresse suchen' }).fill(`${target.address.street} ${target.address.houseNumber}`);
    await page.getByRole('option', { name: exactly(target.address.label) }).click();
    await expect.poll(() => form.locator('.chosen-property').getAttribute('data-property-id')).toBe(target.id);
    await form.getByLabel('Anlass', { exact: true }).selectOption('police_report');
    await form.getByLabel('Sprachmittlung anwesend').check();
    await form.getByLabel('Wohneinheiten betreten').fill('3');
    await form.getByRole('button', { name: '+ Befund hinzufügen' }).click();
    const first = form.locator('.row--finding').nth(0);
    await expect.poll(() => first.getByLabel('Wohneinheit').locator(`option[value="${unit.id}"]`).count()).toBe(1);
    await first.getByLabel('Wohneinheit').selectOption(unit.id);
    await first.getByLabel('Kategorie').selectOption('heating');
    await first.getByLabel('Schwere').selectOption('major');
    await first.getByLabel('Beschreibung').fill('Heizung im Winter ausgefallen.');
    await form.getByRole('button', { name: 'Entwurf speichern' }).click();
    await page.getByText('Entwurf gespeichert.').waitFor();
    const [draft] = await inspector<StoredOperation[]>('GET', `/properties/${target.id}/operations`);
    expect(draft).toMatchObject({ state: 'draft', unitsEntered: 3, interpreterPresent: true });
    expect(draft.findings).toHaveLength(1);

    // A reload keeps the session; the building file, opened by its link, offers the draft.
    await page.reload();
    await page.goto(`${server.url}/#p=${target.id}`);
    const draftItem = page.locator(`.timeline-body[data-operation-id="${draft.id}"]`);
    await draftItem.waitFor({ timeout: 20_000 });
    expect(await draftItem.locator('.badge--draft').isVisible()).toBe(true);
    await draftItem.getByRole('button', { name: 'Entwurf fortsetzen' }).click();

    form = page.locator(`.operation-form[data-operation-id="${draft.id}"]`);
    await form.waitFor();
    expect(await page.getByRole('heading', { name: 'Einsatz (Entwurf)' }).isVisible()).toBe(true);
    expect(await form.locator('.chosen-property').getAttribute('data-property-id')).toBe(target.id);
    expect(await form.getByLabel('Anlass', { exact: true }).inputValue()).toBe('police_report');
    expect(await form.getByLabel('Sprachmittlung anwesend').isChecked()).toBe(true);
    expect(await form.getByLabel('Wohneinheiten betreten').inputValue()).toBe('3');
    expect(await form.locator('label.chip', { hasText: 'Ordnungsamt' }).locator('input').isChecked()).toBe(true);
    const restored = form.locator('.row--finding').nth(0);
    expect(await restored.getByLabel('Beschreibung').inputValue()).toBe('Heizung im Winter ausgefallen.');
    expect(await restored.getByLabel('Kategorie').inputValue()).toBe('heating');
    expect(await restored.getByLabel('Schwere').inputValue()).toBe('major');
    await expect.poll(() => restored.getByLabel('Wohneinheit').inputValue()).toBe(unit.id);

    await form.getByRole('button', { name: '+ Befund hinzufügen' }).click();
    const second = form.locator('.row--finding').nth(1);
    await second.getByLabel('Kategorie').selectOption('fire_safety');
    await second.getByLabel('Schwere').selectOption('danger');
    await second.getByLabel('Beschreibung').fill('Rauchmelder fehlen in allen Wohnungen.');
    await page.screenshot({ path: screenshotPath('draft-continued.png') });
    await form.getByRole('button', { name: 'Absenden' }).click();

    await expect.poll(() => page.locator('.status-badge').getAttribute('data-status'), { timeout: 20_000 }).toBe('inspected');
    const operations = await inspector<StoredOperation[]>('GET', `/properties/${target.id}/operations`);
    expect(operations).toHaveLength(1);
    const [submitted] = operations;
    expect(submitted).toMatchObject({ id: draft.id, state: 'submitted', unitsEntered: 3, interpreterPresent: true });
    expect(submitted.findings.map((f) => [f.category, f.severity, f.unitId, f.description]).sort()).toEqual([
      ['fire_safety', 'danger', null, 'Rauchmelder fehlen in allen Wohnungen.'],
      ['heating', 'major', unit.id, 'Heizung im Winter ausgefallen.'],
    ]);
    const item = page.locator(`.timeline-body[data-operation-id="${draft.id}"]`);
    expect(await item.getAttribute('data-state')).toBe('submitted');
    expect(await item.getByRole('button', { name: 'Entwurf fortsetzen' }).count()).toBe(0);
    expect(await item.locator('.finding').count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  }, 150_000);

  it('should show a version conflict in German and reload the draft on request', async () => {
    const target = suspected[1];
    const draft = await inspector<StoredOperation>('POST', '/operations', {
      propertyId: target.id,
      kind: 'joint_inspection',
      date: today(),
      trigger: 'complaint',
      interpreterPresent: false,
      agencyCodes: ['ordnungsamt'],
      unitsEntered: 1,
      unitsNotAccessible: 0,
      notes: 'Erste Fassung',
      findings: [{ category: 'waste', severity: 'minor', description: 'Sperrmüll im Hof.', visibility: 'taskforce' }],
      occupancyCounts: [],
      measures: [],
    });
    const { context, page, errors } = await openPage(browser, { viewport: PHONE });
    await login(page, `${server.url}/#p=${target.id}`, 'inspector');
    await page.locator(`.timeline-body[data-operation-id="${draft.id}"]`).getByRole('button', { name: 'Entwurf fortsetzen' }).click();
    const form = page.locator(`.operation-form[data-operation-id="${draft.id}"]`);
    await form.waitFor();
    expect(await form.getByLabel('Bemerkungen', { exact: true }).inputValue()).toBe('Erste Fassung');

    // Meanwhile the same draft is saved from another device.
    await inspector(
      'PUT',
      `/operations/${draft.id}`,
      {
        propertyId: target.id,
        kind: 'joint_inspection',
        date: today(),
        trigger: 'complaint',
        interpreterPresent: false,
        agencyCodes: ['ordnungsamt'],
        unitsEntered: 1,
        unitsNotAccessible: 0,
        notes: 'Vom Tablet geändert',
        findings: [{ category: 'waste', severity: 'minor', description: 'Sperrmüll im Hof.', visibility: 'taskforce' }],
        occupancyCounts: [],
        measures: [],
      },
      { 'if-match': `"${draft.version}"` },
    );
    await form.getByLabel('Wohneinheiten betreten').fill('2');
    await form.getByRole('button', { name: 'Entwurf speichern' }).click();
    const refusal = form.locator('.refusal');
    await expect.poll(() => refusal.isVisible()).toBe(true);
    expect(await refusal.textContent()).toContain('Der Entwurf wurde inzwischen anderswo geändert.');
    expect(await refusal.textContent()).not.toContain('changed meanwhile');
    expect((await inspector<StoredOperation>('GET', `/operations/${draft.id}`)).notes).toBe('Vom Tablet geändert');

    await refusal.getByRole('button', { name: 'Entwurf neu laden' }).click();
    await expect.poll(() => page.locator('.operation-form').getByLabel('Bemerkungen', { exact: true }).inputValue()).toBe('Vom Tablet geändert');
    const reloaded = page.locator('.operation-form');
    expect(await reloaded.getByLabel('Wohneinheiten betreten').inputValue()).toBe('1');
    await reloaded.getByLabel('Wohneinheiten betreten').fill('2');
    await reloaded.getByRole('button', { name: 'Entwurf speichern' }).click();
    await page.getByText('Entwurf gespeichert.').waitFor();
    const stored = await inspector<StoredOperation>('GET', `/operations/${draft.id}`);
    expect(stored).toMatchObject({ state: 'draft', unitsEntered: 2, notes: 'Vom Tablet geändert', version: draft.version + 2 });
    // The refused save was a 412 answer, which Chromium logs as a failed resource.
    expect(errors.filter((e) => !e.includes('status of 412'))).toEqual([]);
    await context.close();
  }, 120_000);

  it('should let a lead correct a submitted operation: a reason is required, a withdrawn finding shows struck through with the reason', async () => {
    const target = suspected[2];
    const filed = await fileSubmitted(target, 2, [
      ['electricity', 'danger', 'Offene Stromleitungen im Flur.'],
      ['vermin', 'minor', 'Schaben in der Küche.'],
    ]);
    const wrong = filed.findings.find((f) => f.category === 'vermin')!;
    const lead = await apiAs(server.url, 'lead');

    const { context, page, errors, dialogs, form } = await openCorrection(target, filed);
    expect(await form.locator('[data-withdraw="withdrawFindingIds"] input[type=checkbox]').count()).toBe(2);
    await form.locator('[data-withdraw="withdrawFindingIds"] label', { hasText: 'Schaben in der Küche.' }).click();
    await form.getByLabel('Wohneinheiten betreten').fill('3');

    // Without a reason the server refuses; its message sits at the reason field and nothing is written.
    await form.getByRole('button', { name: 'Korrektur speichern' }).click();
    const reasonError = form.locator('.field[data-field="reason"] > .field-error');
    await expect.poll(() => reasonError.isVisible()).toBe(true);
    expect(await reasonError.textContent()).toBe('darf nicht leer sein und höchstens 2000 Zeichen haben');
    expect((await lead<StoredOperation>('GET', `/operations/${filed.id}`)).amendments).toEqual([]);

    await form.getByLabel('Begründung der Korrektur').fill(HOSTILE_REASON);
    await page.screenshot({ path: screenshotPath('amendment-form.png') });
    await form.getByRole('button', { name: 'Korrektur speichern' }).click();
    await page.getByText('Korrektur gespeichert.').waitFor();

    const withdrawn = page.locator(`.finding[data-id="${wrong.id}"]`);
    await withdrawn.waitFor({ timeout: 20_000 });
    expect(await withdrawn.getAttribute('data-withdrawn')).toBe('true');
    expect(await withdrawn.locator('del .finding-text').textContent()).toBe('Schaben in der Küche.');
    expect(await withdrawn.locator('.withdrawn-note').textContent()).toBe(`Zurückgezogen mit Nachtrag 1: ${HOSTILE_REASON}`);
    expect(await page.evaluate(`getComputedStyle(document.querySelector('.finding[data-id="${wrong.id}"] del')).textDecorationLine`)).toBe('line-through');
    const kept = page.locator('.finding[data-withdrawn="false"]', { hasText: 'Offene Stromleitungen' });
    expect(await kept.count()).toBe(1);
    const amendmentItem = page.locator('.timeline-item--amendment .amendment');
    expect(await amendmentItem.locator('h4').textContent()).toContain(HOSTILE_REASON);
    const details = await amendmentItem.locator('.amendment-details li').allTextContents();
    expect(details).toEqual(['Wohneinheiten betreten: 2 → 3', 'Zurückgezogen – Befunde: 1']);
    expect(await page.locator('.timeline').getByText('Wohneinheiten betreten: 3, nicht zugänglich: 0').count()).toBe(1);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await withdrawn.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('amendment-timeline.png') });

    const stored = await lead<StoredOperation>('GET', `/operations/${filed.id}`);
    expect(stored.state).toBe('submitted');
    expect(stored.unitsEntered).toBe(3);
    expect(stored.amendments).toHaveLength(1);
    expect(stored.amendments[0]).toMatchObject({
      reason: HOSTILE_REASON,
      withdrawn: { findingIds: [wrong.id] },
      changes: { unitsEntered: { from: 2, to: 3 } },
    });
    expect(stored.findings.find((f) => f.id === wrong.id)).toMatchObject({ withdrawn: true, withdrawnByAmendmentId: stored.amendments[0].id });
    expect(stored.findings.filter((f) => !f.withdrawn).map((f) => f.category)).toEqual(['electricity']);
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    await context.close();
  }, 150_000);

  it("should let a lead edit a filed operation's findings: withdraw one, add two rows, remove the first, and store exactly the one left", async () => {
    const target = suspected[3];
    const filed = await fileSubmitted(target, 1, [
      ['heating', 'major', 'Heizung ausgefallen.'],
      ['waste', 'minor', 'Müll im Hof.'],
    ]);
    const kept = filed.findings.find((f) => f.category === 'heating')!;
    const wrong = filed.findings.find((f) => f.category === 'waste')!;
    const lead = await apiAs(server.url, 'lead');

    const { context, page, errors, form } = await openCorrection(target, filed);
    await form.getByLabel('Begründung der Korrektur').fill('Befunde bei der Nachkontrolle berichtigt');
    await form.locator('[data-withdraw="withdrawFindingIds"] label', { hasText: 'Müll im Hof.' }).click();

    const added = form.locator('[data-repeater="addFindings"] .row--finding');
    await form.getByRole('button', { name: '+ Befund hinzufügen' }).click();
    await added.nth(0).getByLabel('Kategorie').selectOption('vermin');
    await added.nth(0).getByLabel('Beschreibung').fill('Ratten im Keller (falsche Adresse).');
    await form.getByRole('button', { name: '+ Befund hinzufügen' }).click();
    await added.nth(1).getByLabel('Schwere').selectOption('danger');
    await added.nth(1).getByLabel('Beschreibung').fill('Gasgeruch im Treppenhaus.');
    await added.nth(0).getByRole('button', { name: 'Entfernen' }).click();

    // The row left is now the first: numbered 1, its values kept, and the server's message for addFindings[0] lands in it.
    expect(await added.count()).toBe(1);
    expect(await added.nth(0).locator('.row-number').textContent()).toBe('1.');
    expect(await added.nth(0).getByLabel('Beschreibung').inputValue()).toBe('Gasgeruch im Treppenhaus.');
    expect(await added.nth(0).getByLabel('Schwere').inputValue()).toBe('danger');
    await form.getByRole('button', { name: 'Korrektur speichern' }).click();
    const categoryError = added.nth(0).locator('.field[data-field="addFindings[0].category"] > .field-error');
    await expect.poll(() => categoryError.isVisible()).toBe(true);
    expect((await lead<StoredOperation>('GET', `/operations/${filed.id}`)).amendments).toEqual([]);

    await added.nth(0).getByLabel('Kategorie').selectOption('fire_safety');
    await form.getByRole('button', { name: 'Korrektur speichern' }).click();
    await page.getByText('Korrektur gespeichert.').waitFor();
    await page.locator('.finding-text', { hasText: 'Gasgeruch im Treppenhaus.' }).waitFor({ timeout: 20_000 });

    const stored = await lead<StoredOperation>('GET', `/operations/${filed.id}`);
    expect(stored.amendments).toHaveLength(1);
    const [amendment] = stored.amendments;
    expect(stored.findings).toHaveLength(3);
    expect(stored.findings.find((f) => f.id === kept.id)).toMatchObject({ withdrawn: false, addedByAmendmentId: null, withdrawnByAmendmentId: null });
    expect(stored.findings.find((f) => f.id === wrong.id)).toMatchObject({ withdrawn: true, withdrawnByAmendmentId: amendment.id });
    const fresh = stored.findings.filter((f) => f.id !== kept.id && f.id !== wrong.id);
    expect(fresh).toEqual([
      expect.objectContaining({
        unitId: null,
        category: 'fire_safety',
        severity: 'danger',
        description: 'Gasgeruch im Treppenhaus.',
        visibility: 'taskforce',
        withdrawn: false,
        addedByAmendmentId: amendment.id,
      }),
    ]);
    expect(amendment).toMatchObject({ added: { findingIds: [fresh[0].id] }, withdrawn: { findingIds: [wrong.id] }, changes: {} });
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    await context.close();
  }, 150_000);

  it('should store a correction once when its answer was lost and the lead presses save again', async () => {
    const target = suspected[3];
    const filed = await fileSubmitted(target, 1, [['heating', 'minor', 'Thermostat lose.']]);
    const { context, page, errors, form } = await openCorrection(target, filed);
    await form.getByLabel('Begründung der Korrektur').fill('Tippfehler in den Bemerkungen');
    await form.getByLabel('Sichtbarkeit der Begründung').selectOption('agency');
    await form.getByLabel('Wohneinheiten betreten').fill('2');

    // The server stores the correction; the connection drops before the answer arrives.
    const url = `**/api/v1/operations/${filed.id}/amendments`;
    await page.route(url, async (route) => {
      await route.fetch();
      await route.abort('connectionreset');
    });
    await form.getByRole('button', { name: 'Korrektur speichern' }).click();
    await form.getByText('Keine Verbindung zum Server.').first().waitFor();
    await page.unroute(url);
    await form.getByRole('button', { name: 'Korrektur speichern' }).click();
    await page.getByText('Korrektur gespeichert.').waitFor();

    const stored = await inspector<StoredOperation>('GET', `/operations/${filed.id}`);
    expect(stored.amendments).toHaveLength(1);
    expect(stored.amendments[0]).toMatchObject({ reason: 'Tippfehler in den Bemerkungen', reasonVisibility: 'agency' });
    expect(stored.unitsEntered).toBe(2);
    expect(errors.filter((e) => !e.includes('ERR_CONNECTION_RESET'))).toEqual([]);
    await context.close();
  }, 120_000);
});
