import { ApiError, type Api } from './api';
import type { MapAnswer } from './api-types';
import { mapFilterQuery, type MapFilters } from './url-state';

const DEBOUNCE_MS = 100;
/** Ask for a quarter more on each side so short pans show points at the edge at once. */
const PADDING = 0.25;

export interface MapRequest {
  bbox: [number, number, number, number];
  zoom: number;
  filters: MapFilters;
}

/** Loads GET /map for the view; a newer request cancels an older one, so answers never arrive out of order. */
export function createMapLoader(api: Api, onAnswer: (answer: MapAnswer, request: MapRequest) => void, onError: (error: ApiError) => void) {
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: MapRequest | null = null;

  async function run(request: MapRequest): Promise<void> {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    try {
      const answer = await api.map(
        {
          bbox: padBbox(request.bbox, PADDING)
            .map((v) => v.toFixed(6))
            .join(','),
          zoom: request.zoom,
          ...mapFilterQuery(request.filters),
        },
        mine.signal,
      );
      if (controller === mine) onAnswer(answer, request);
    } catch (error) {
      if (error instanceof ApiError && controller === mine) onError(error);
    }
  }

  return {
    request(request: MapRequest): void {
      last = request;
      clearTimeout(timer);
      timer = setTimeout(() => void run(request), DEBOUNCE_MS);
    },
    /** Reload the last view now (after a decision or a new operation). */
    refresh(): void {
      if (last) void run(last);
    },
  };
}

/** Grows a box by `ratio` of its size on every side, clamped to WGS84. */
export function padBbox([w, s, e, n]: [number, number, number, number], ratio: number): [number, number, number, number] {
  const dx = (e - w) * ratio;
  const dy = (n - s) * ratio;
  return [Math.max(-180, w - dx), Math.max(-90, s - dy), Math.min(180, e + dx), Math.min(90, n + dy)];
}
