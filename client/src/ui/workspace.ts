import { errorText } from '../problem-text';
import type { MapAnswer, Operation, PropertySummary } from '../api-types';
import type { AppContext } from '../context';
import { h } from '../dom';
import { t } from '../i18n';
import { createMapLoader } from '../map-data';
import { createMapView } from '../map/map-view';
import type { Outbox, OutboxEntry } from '../outbox';
import { createStore } from '../store';
import { formatViewState, parseViewState, sameFilters, type MapFilters, type ViewState } from '../url-state';
import { createAddressSearch } from './address-search';
import { createBuildingFile } from './building-file';
import { createFilters } from './filters';
import { createInViewList } from './in-view-list';
import { createLegend } from './legend';
import { mountOperationForm } from './operation-form';
import { mountOutboxList } from './outbox-list';
import type { MapPick, MapPicker } from './property-picker';
import { demoBanner, renderTopbar } from './topbar';
import { openKatasterImport } from './kataster-import';

export interface WorkspaceOptions {
  ctx: AppContext;
  outbox: Outbox;
  /** Tries to send the waiting reports now. */
  sendOutbox: () => void;
  onLogout: () => void;
  onLanguage: () => void;
}

interface State {
  view: ViewState;
  answer: MapAnswer | null;
}

/** The map workspace of inspectors and leads: map, legend, filters, search, building file and filing form. */
export function renderWorkspace(root: HTMLElement, options: WorkspaceOptions): void {
  const { ctx } = options;
  const store = createStore<State>({ view: parseViewState(location.hash), answer: null });
  const setView = (patch: Partial<ViewState>) => store.set({ view: { ...store.get().view, ...patch } });

  const sidebar = h('aside', { class: 'sidebar', attrs: { id: 'sidebar', 'aria-label': t('app.menu') } });
  const menuButton = h(
    'button',
    { class: 'icon-button menu-button', attrs: { type: 'button', 'aria-controls': 'sidebar', 'aria-expanded': 'false', 'aria-label': t('app.menu') } },
    '☰',
  );
  const setDrawer = (open: boolean) => {
    root.classList.toggle('sidebar-open', open);
    menuButton.setAttribute('aria-expanded', String(open));
  };
  menuButton.addEventListener('click', () => setDrawer(!root.classList.contains('sidebar-open')));
  const newOperation = ctx.can('operation:file')
    ? h(
        'button',
        {
          class: 'button button--primary',
          attrs: { type: 'button' },
          dataset: { action: 'new-operation' },
          on: { click: () => setView({ panel: 'operation' }) },
        },
        t('app.newOperation'),
      )
    : null;
  const outboxSlot = h('div', { class: 'outbox-slot' });
  // An administrator takes the list over in the admin panel; a lead from here.
  const kataster =
    ctx.can('kataster:import') && ctx.can('property:read')
      ? h('button', { class: 'button topbar-kataster', attrs: { type: 'button' }, on: { click: () => openKatasterImport(ctx) } }, t('kataster.open'))
      : null;
  const mapElement = h('div', { class: 'map', attrs: { id: 'map', role: 'region', 'aria-label': t('map.inView') } });
  const notice = h('div', { class: 'map-notice', attrs: { role: 'status' }, hidden: true });
  const pickBar = h(
    'div',
    { class: 'pick-bar', hidden: true },
    h('span', {}, t('map.pickHint')),
    h('button', { class: 'button', attrs: { type: 'button' }, on: { click: () => picker.stop() } }, t('operation.pickCancel')),
  );
  const panel = h('section', { class: 'panel', attrs: { 'aria-label': t('file.heading') }, hidden: true });
  root.replaceChildren(
    ...(ctx.config.demoData ? [demoBanner()] : []),
    renderTopbar({ ctx, onLogout: options.onLogout, onLanguage: options.onLanguage, leading: menuButton, actions: [outboxSlot, kataster, newOperation] }),
    h('div', { class: 'workspace' }, sidebar, h('div', { class: 'map-wrap' }, mapElement, notice, pickBar), panel),
  );

  const searchSlot = h('div', { class: 'sidebar-section' });
  const legendSlot = h('div', { class: 'sidebar-section' });
  const filtersSlot = h('div', { class: 'sidebar-section' });
  const listSlot = h('div', { class: 'sidebar-section' });
  sidebar.append(searchSlot, legendSlot, filtersSlot, listSlot);

  let picking: { onPick(pick: MapPick): void; onCancel(): void } | null = null;
  const endPicking = () => {
    const pending = picking;
    picking = null;
    root.classList.remove('is-picking');
    pickBar.hidden = true;
    mapView.setPickMode(false);
    return pending;
  };
  const picker: MapPicker = {
    start(onPick, onCancel) {
      picking = { onPick, onCancel };
      root.classList.add('is-picking');
      pickBar.hidden = false;
      mapView.setPickMode(true);
    },
    stop() {
      mapView.clearPick();
      endPicking()?.onCancel();
    },
  };
  const takePick = (pick: MapPick) => endPicking()?.onPick(pick);

  const mapView = createMapView(mapElement, {
    tiles: ctx.config.tiles,
    statuses: ctx.config.statuses,
    outlinesAttribution: ctx.config.outlinesAttribution,
    initial: store.get().view.centre,
    clusterTitle: (count) => t('map.cluster', { count }),
    onMove: (centre, bbox) => {
      setView({ centre });
      loader.request({ bbox, zoom: centre.zoom, filters: store.get().view.filters });
    },
    onPoint: (id) => (picking ? takePick({ propertyId: id }) : setView({ selected: id, panel: 'file' })),
    onMapClick: (lat, lon) => {
      // A tap beside the points closes the building file (never a form, whose input it would throw away).
      if (!picking) {
        if (store.get().view.panel === 'file') closeFile();
        return;
      }
      mapView.showPick(lat, lon);
      takePick({ lat, lon });
    },
    onTilesUnavailable: () => {
      notice.textContent = t('map.noTiles');
      notice.hidden = false;
    },
  });
  const loader = createMapLoader(
    ctx.api,
    (answer) => store.set({ answer }),
    (error) => ctx.toast(t('map.loadFailed', { message: errorText(error) }), 'error'),
  );
  const reload = () => loader.refresh();

  searchSlot.append(
    createAddressSearch(ctx, {
      onProperty: (p: PropertySummary) => {
        mapView.focus(p.lat, p.lon, 17);
        setView({ selected: p.id, panel: 'file' });
        setDrawer(false);
      },
      // An address without a building in the file: the map shows the place, where a new building can be recorded.
      onOfficial: (a) => {
        mapView.focus(a.lat, a.lon, 18);
        setDrawer(false);
      },
    }),
  );
  const legend = createLegend(legendSlot, ctx, (statuses) => setView({ filters: { ...store.get().view.filters, statuses } }));
  const filters = createFilters(filtersSlot, ctx, (patch: Partial<MapFilters>) => setView({ filters: { ...store.get().view.filters, ...patch } }));
  const inView = createInViewList(listSlot, ctx, (id) => setView({ selected: id, panel: 'file' }));
  // The draft chosen in the building file, or the waiting report chosen in the outbox, for the next operation panel (not part of the URL).
  let continuing: Operation | null = null;
  let correcting: OutboxEntry | null = null;
  mountOutboxList(outboxSlot, {
    outbox: options.outbox,
    onSend: options.sendOutbox,
    onEdit: (entry) => {
      correcting = entry;
      if (store.get().view.panel === 'operation') openPanel(store.get().view);
      else setView({ panel: 'operation' });
    },
  });
  // Where the focus goes back to when the building file closes: what opened it, or the map.
  let opener: HTMLElement | null = null;
  const closeFile = () => {
    const was = opener;
    opener = null;
    setView({ selected: null, panel: null });
    // Lists redraw their rows on every change: the same row's button, found again by its building's id.
    const rowId = was?.closest<HTMLElement>('[data-id]')?.dataset.id;
    const again = was?.isConnected ? was : rowId ? root.querySelector<HTMLElement>(`li[data-id="${CSS.escape(rowId)}"] button`) : null;
    (again && !panel.contains(again) ? again : mapElement).focus({ preventScroll: true });
  };
  const file = createBuildingFile(panel, ctx, {
    onClose: closeFile,
    onChanged: reload,
    onNewOperation: () => setView({ panel: 'operation' }),
    onContinueDraft: (operation) => {
      continuing = operation;
      setView({ selected: operation.propertyId, panel: 'operation' });
    },
  });

  const districts = ctx.api.districts('bezirk');
  // A promise, so a form opened before the outlines arrive still gets the city.
  const districtCity = districts.then(
    (collection) => collection.features[0]?.properties.city ?? null,
    () => null,
  );
  void districts.then(
    (collection) => {
      mapView.setOutlines(collection);
      filters.setDistricts(collection.features);
    },
    () => undefined,
  );

  function openPanel(view: ViewState): void {
    if (view.panel && document.activeElement instanceof HTMLElement && !panel.contains(document.activeElement)) opener = document.activeElement;
    panel.hidden = view.panel === null;
    root.classList.toggle('panel-open', view.panel !== null);
    if (view.panel === 'file' && view.selected) {
      void file.open(view.selected).then((property) => property && mapView.ensureVisible(property.lat, property.lon));
    } else if (view.panel === 'operation') {
      const queued = correcting;
      const chosen = queued?.operationId ? ({ id: queued.operationId } as Operation) : continuing;
      continuing = null;
      correcting = null;
      const propertyId = queued?.input?.propertyId ?? view.selected;
      const preselected = propertyId ? ctx.api.property(propertyId).catch(() => null) : Promise.resolve(null);
      // The latest version of the draft, so saving does not start with a version conflict.
      const draft = chosen
        ? ctx.api.operation(chosen.id).catch((error: unknown) => {
            ctx.toast(t('operation.draftLoadFailed', { message: errorText(error) }), 'error');
            return queued ? null : chosen;
          })
        : Promise.resolve(null);
      void Promise.all([preselected, draft]).then(([property, draft]) => {
        // A queued change to a draft that cannot be loaded now: opening a new report from it could file it twice.
        if (queued?.operationId && !draft) {
          setView({ panel: view.selected ? 'file' : null });
          return;
        }
        if (draft && draft.state !== 'draft') {
          ctx.toast(t('operation.alreadySubmitted'));
          setView({ panel: 'file' });
          return;
        }
        mountOperationForm(panel, {
          ctx,
          outbox: options.outbox,
          picker,
          property,
          draft,
          queued,
          defaultCity: districtCity,
          onClose: () => {
            picker.stop();
            setView({ panel: view.selected ? 'file' : null });
          },
          onSubmitted: (operation) => {
            reload();
            setView({ selected: operation.propertyId, panel: 'file' });
          },
          onPropertyCreated: reload,
        });
      });
    } else {
      panel.replaceChildren();
    }
    mapView.resize();
  }

  store.subscribe((state, previous) => {
    const { view } = state;
    if (view !== previous.view) {
      const hash = formatViewState(view);
      if (hash !== location.hash && !(hash === '#' && location.hash === '')) {
        const panelChanged = view.panel !== previous.view.panel || view.selected !== previous.view.selected;
        history[panelChanged ? 'pushState' : 'replaceState'](null, '', hash === '#' ? location.pathname : hash);
      }
    }
    if (!sameFilters(view.filters, previous.view.filters)) {
      filters.update(view.filters);
      loader.request({ bbox: mapView.bbox(), zoom: mapView.centre().zoom, filters: view.filters });
    }
    if (view.panel !== previous.view.panel || view.selected !== previous.view.selected) {
      if (view.panel !== 'operation') picker.stop();
      openPanel(view);
      mapView.setSelected(view.selected);
    }
    if (state.answer !== previous.answer || view.selected !== previous.view.selected || !sameFilters(view.filters, previous.view.filters)) {
      if (state.answer !== previous.answer) mapView.drawFeatures(state.answer?.features ?? []);
      mapView.setSelected(view.selected);
      legend.update(state.answer?.statusCounts ?? null, state.answer?.total ?? null, view.filters.statuses);
      inView.update(state.answer, view.selected);
    }
  });

  // Back/forward and edited links: the URL wins.
  const fromLocation = () => {
    const next = parseViewState(location.hash);
    const current = store.get().view;
    if (next.centre && formatViewState({ ...current, centre: next.centre }) !== formatViewState(current)) mapView.setCentre(next.centre);
    if (!sameFilters(next.filters, current.filters) || next.selected !== current.selected || next.panel !== current.panel) {
      setView({ filters: next.filters, selected: next.selected, panel: next.panel });
    }
  };
  // Listeners on window and document end with this workspace: after a logout and a new login, only the new one reacts.
  const listening = new AbortController();
  const listen = <E extends Event>(target: EventTarget | undefined, type: string, handler: (event: E) => void) =>
    target?.addEventListener(
      type,
      (event) => {
        if (mapElement.isConnected) handler(event as E);
        else listening.abort();
      },
      { signal: listening.signal },
    );
  listen(window, 'popstate', fromLocation);
  listen(window, 'hashchange', fromLocation);

  // Escape closes the drawer, then the building file; forms and open dialogs keep what was typed.
  listen<KeyboardEvent>(document, 'keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('[aria-modal="true"]')) return;
    if (root.classList.contains('sidebar-open')) {
      setDrawer(false);
      menuButton.focus();
    } else if (store.get().view.panel === 'file') closeFile();
  });
  // A tap on the map beside the open drawer closes it.
  mapElement.addEventListener('pointerdown', () => setDrawer(false));
  // The on-screen keyboard shrinks the visible area: the focused field stays in sight above it.
  listen(window.visualViewport ?? undefined, 'resize', () => {
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && panel.contains(focused)) focused.scrollIntoView({ block: 'nearest' });
  });

  const initial = store.get().view;
  filters.update(initial.filters);
  legend.update(null, null, initial.filters.statuses);
  openPanel(initial);
  mapView.setSelected(initial.selected);
  loader.request({ bbox: mapView.bbox(), zoom: mapView.centre().zoom, filters: initial.filters });
  // After login the focus is on the map (arrow keys pan it), not left on a login field that no longer exists.
  if (!initial.panel) mapElement.focus({ preventScroll: true });
}
