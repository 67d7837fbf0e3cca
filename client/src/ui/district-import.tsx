import { useComputed, useSignal } from '@preact/signals';
import type { City, DistrictImportQuery, DistrictImportReport } from '../api-types';
import type { AppContext } from '../context';
import { t, type MessageKey } from '../i18n';
import { ErrorSummary, FileField, FormErrorsContext, SelectField, TextField, useServerForm } from './fields';

const CRS_CHOICES = [
  { value: '4326', label: 'EPSG:4326 – WGS84' },
  { value: '25832', label: 'EPSG:25832 – ETRS89 / UTM 32N' },
  { value: '4647', label: 'EPSG:4647 – ETRS89 / UTM 32N (32…)' },
  { value: '31466', label: 'EPSG:31466 – DHDN / Gauß-Krüger 2' },
  { value: '31467', label: 'EPSG:31467 – DHDN / Gauß-Krüger 3' },
] as const;

/** Loads a city's Stadtbezirke or Ortsteile from a file: first the preview of what changes, then, for exactly that file and those options, the import. */
export function DistrictImport({ ctx, cities }: { ctx: AppContext; cities: City[] }) {
  const file = useSignal<File | null>(null);
  const city = useSignal('');
  const level = useSignal('bezirk');
  const crs = useSignal('');
  const codeField = useSignal('code');
  const nameField = useSignal('name');
  const levelField = useSignal('level');
  const parentField = useSignal('parent');
  const attribution = useSignal('');
  const preview = useSignal<{ report: DistrictImportReport; key: string } | null>(null);
  const { errors, form, busy, submit } = useServerForm();

  const query = useComputed((): DistrictImportQuery => ({
    ...(city.value && { city: city.value }),
    ...(level.value && { level: level.value as 'bezirk' | 'ortsteil' }),
    ...(!level.value && { levelField: levelField.value.trim() }),
    ...(crs.value && { crs: crs.value as DistrictImportQuery['crs'] }),
    codeField: codeField.value.trim(),
    nameField: nameField.value.trim(),
    parentField: parentField.value.trim(),
    attribution: attribution.value,
  }));
  // What the preview was of: the apply button sends exactly that, or nothing.
  const key = useComputed(() => {
    const f = file.value;
    return f ? JSON.stringify([f.name, f.size, f.lastModified, query.value]) : '';
  });
  const previewed = preview.value?.key === key.value ? preview.value.report : null;

  const run = async (dryRun: boolean) => {
    const chosen = file.value;
    let report: DistrictImportReport | null = null;
    const sent = key.value;
    const ok = await submit(async () => {
      if (!chosen) throw new Error(t('districts.fileHint'));
      report = await ctx.api.importDistricts(chosen, { ...query.value, dryRun: dryRun ? 'true' : 'false' });
    });
    if (!ok || !report) return;
    if (dryRun) {
      preview.value = { report, key: sent };
    } else {
      preview.value = null;
      ctx.toast(t('districts.applied', { moved: (report as DistrictImportReport).moved }));
    }
  };

  return (
    <section class="admin-section" aria-labelledby="districts-heading">
      <h2 id="districts-heading">{t('districts.heading')}</h2>
      <p class="muted">{t('districts.intro')}</p>
      <FormErrorsContext.Provider value={errors}>
        <form
          ref={form}
          class="admin-form"
          aria-labelledby="districts-heading"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void run(true);
          }}
        >
          <FileField label={t('districts.file')} accept=".geojson,.json,.zip,application/geo+json,application/zip" file={file} />
          <p class="muted">{t('districts.fileHint')}</p>
          {!ctx.user.city && cities.length > 0 && (
            <SelectField
              label={t('field.cityAgs')}
              path="city"
              name="city"
              value={city}
              choices={cities.map((c) => ({ value: c.ags, label: `${c.name} (${c.ags})` }))}
              empty={cities.length === 1 ? cities[0].name : '–'}
            />
          )}
          <SelectField
            label={t('field.level')}
            path="level"
            name="level"
            value={level}
            choices={[
              { value: 'bezirk', label: t('districts.bezirke') },
              { value: 'ortsteil', label: t('districts.ortsteile') },
            ]}
            empty={t('districts.levelFromFile')}
          />
          <SelectField label={t('districts.crs')} path="crs" name="crs" value={crs} choices={CRS_CHOICES} empty={t('districts.crsFromFile')} />
          <TextField label={t('districts.codeField')} path="codeField" name="codeField" value={codeField} attrs={{ required: true, maxLength: 60 }} />
          <TextField label={t('districts.nameField')} path="nameField" name="nameField" value={nameField} attrs={{ required: true, maxLength: 60 }} />
          {!level.value && (
            <TextField label={t('districts.levelField')} path="levelField" name="levelField" value={levelField} attrs={{ required: true, maxLength: 60 }} />
          )}
          {level.value !== 'bezirk' && (
            <TextField label={t('districts.parentField')} path="parentField" name="parentField" value={parentField} attrs={{ maxLength: 60 }} />
          )}
          <TextField label={t('districts.attribution')} path="attribution" name="attribution" value={attribution} attrs={{ required: true, maxLength: 300 }} />
          <p class="muted">{t('districts.attributionHint')}</p>
          <ErrorSummary title={t('operation.errors')} />
          <div class="form-actions">
            <button class="button" type="submit" disabled={busy.value}>
              {t('districts.preview')}
            </button>
            <button class="button button--primary" type="button" disabled={busy.value || !previewed} onClick={() => void run(false)}>
              {t('districts.apply')}
            </button>
          </div>
          {preview.value && !previewed && <p class="muted">{t('districts.previewStale')}</p>}
        </form>
      </FormErrorsContext.Provider>
      {previewed && <ImportPreview report={previewed} />}
    </section>
  );
}

function ImportPreview({ report }: { report: DistrictImportReport }) {
  const heading = t('districts.previewHeading', { city: report.city, crs: `EPSG:${report.crs}` });
  return (
    <div class="district-preview" aria-live="polite">
      <h3>{heading}</h3>
      <p>{t('districts.summary', { moved: report.moved, properties: report.properties, outside: report.outside })}</p>
      {report.warnings.map((w) => (
        <p key={w.field} class="form-errors">
          {`${t('districts.feature')} ${Number(/\d+/.exec(w.field)?.[0] ?? 0) + 1}: ${t(`problem.${w.code}` as MessageKey)}`}
        </p>
      ))}
      <div class="admin-table" role="region" aria-label={heading} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('districts.code')}</th>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('field.level')}</th>
              <th scope="col">{t('districts.change')}</th>
              <th scope="col">{t('districts.buildings')}</th>
            </tr>
          </thead>
          <tbody>
            {report.districts.map((d) => (
              <tr key={d.code}>
                <th scope="row">{d.code}</th>
                <td>{d.name}</td>
                <td>{t(`districts.level.${d.level}`)}</td>
                <td>{t(`districts.change.${d.change}`)}</td>
                <td>{d.properties}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.removed.length > 0 && (
        <>
          <h4>{t('districts.removed')}</h4>
          <ul>
            {report.removed.map((d) => (
              <li key={d.code}>{`${d.code} ${d.name}: ${d.properties} ${t('districts.buildings')}`}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
