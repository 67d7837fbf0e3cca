import type { Severity } from '../src/operations/finding.entity.js';
import type { OperationTrigger } from '../src/operations/operation.entity.js';
import type { PropertyOrigin } from '../src/properties/property.entity.js';
import type { OperationPlan } from './demo-operations.js';
import type { Random } from './random.js';
import type { DecisionType } from '../src/properties/status-catalogue.js';

/**
 * How many buildings follow each course. The totals reproduce the practice figures (DESIGN §1):
 * 150 buildings declared uninhabitable since 2014, 23 of them renovated and re-let.
 */
export const SCENARIO_COUNTS = {
  suspected: 55,
  suspected_closed: 5,
  inspected: 335,
  inspected_closed: 48,
  reopened: 7,
  declared: 40,
  redeclared: 4,
  renovation: 25,
  released: 12,
  relet: 20,
  relet_closed: 3,
  declared_closed: 46,
} as const;
export type Scenario = keyof typeof SCENARIO_COUNTS;

export const DECLARED_SCENARIOS: readonly Scenario[] = ['declared', 'redeclared', 'renovation', 'released', 'relet', 'relet_closed', 'declared_closed'];
export const RELET_SCENARIOS: readonly Scenario[] = ['relet', 'relet_closed'];

export type Step = { gap: number } & ({ op: OperationPlan } | { decision: DecisionType; reason: string });

const FIRST_TRIGGER: Record<PropertyOrigin, readonly OperationTrigger[]> = {
  complaint: ['complaint'],
  tip: ['youth_office_tip', 'other'],
  register_anomaly: ['register_anomaly'],
  utility_disconnection: ['utility_disconnection'],
  police: ['police_report'],
  field: ['routine', 'fire_service_report'],
  import: ['routine'],
  other: ['other'],
};

const REASONS = {
  declare: [
    'Akute Gefahr für Leib und Leben der Bewohner; Mindestanforderungen nicht erfüllt, Räumung erforderlich.',
    'Elektrik und Brandschutz lebensgefährlich; Instandsetzung bei bewohntem Gebäude nicht möglich.',
    'Einsturzgefahr festgestellt; sofortige Räumung angeordnet.',
    'Erhebliche Mängel und Überbelegung; Wohnnutzung bis zur Instandsetzung untersagt.',
  ],
  renovation: ['Eigentümerin hat die Sanierung angezeigt; Baugenehmigung liegt vor.', 'Sanierungsarbeiten begonnen (Baustelleneinrichtung festgestellt).'],
  lifted: ['Abnahme ohne gefährliche Mängel; Unbewohnbarkeitserklärung aufgehoben.', 'Mängel beseitigt und abgenommen; Erklärung aufgehoben.'],
  relet: ['Wohnungen wieder vermietet; Mietverträge und Anmeldungen liegen vor.', 'Gebäude nach Sanierung wieder bezogen.'],
  closeDeclared: [
    'Gebäude abgerissen.',
    'Gebäude von der Stadt erworben (Vorkaufsrecht), Wohnnutzung aufgegeben.',
    'Umnutzung zu Gewerbe genehmigt.',
    'Gebäude dauerhaft leer und gesichert; Akte geschlossen.',
  ],
  closeInspected: [
    'Mängel beseitigt, kein weiterer Handlungsbedarf.',
    'Objekt verkauft; neue Eigentümerin hat die Mängel behoben.',
    'Keine Auffälligkeiten bei der Nachkontrolle.',
  ],
  closeRelet: ['Seit Wiedervermietung unauffällig; Akte geschlossen.'],
  closeSuspected: ['Hinweis nicht bestätigt; kein Handlungsbedarf.'],
  reopen: ['Erneute Beschwerden aus der Nachbarschaft.', 'Neue Hinweise der Meldebehörde auf Überbelegung.'],
};

/** The steps of one building's history with gaps in days, before they are placed in time. */
export function planScenario(rng: Random, scenario: Scenario, origin: PropertyOrigin): Step[] {
  const steps: Step[] = [];
  const op = (gap: number, plan: OperationPlan) => steps.push({ gap, op: plan });
  const decide = (gap: number, decision: DecisionType, reasons: readonly string[]) => steps.push({ gap, decision, reason: rng.pick(reasons) });
  const trigger = rng.pick(FIRST_TRIGGER[origin]);
  const plan = (
    kind: OperationPlan['kind'],
    worst: Severity | null,
    occupancy: OperationPlan['occupancy'] = 'normal',
    t: OperationTrigger = 'earlier_finding',
  ): OperationPlan => ({
    kind,
    trigger: t,
    worst,
    occupancy,
    registration: kind === 'registration_check',
  });
  const mild = () =>
    rng.weighted<Severity | null>([
      [null, 3],
      ['minor', 4],
    ]);

  const inspections = (maxFollowUps: number) => {
    let first = trigger;
    if (origin === 'register_anomaly' || rng.chance(0.15)) {
      op(rng.int(7, 90), plan('registration_check', mild(), 'normal', first));
      first = 'earlier_finding';
      if (rng.chance(0.5)) return followUps(maxFollowUps);
    }
    const worst = rng.weighted<Severity | null>([
      [null, 1],
      ['minor', 4],
      ['major', 4],
      ['danger', 0.6],
    ]);
    op(
      rng.int(7, 90),
      plan('joint_inspection', worst, worst === 'major' || worst === 'danger' ? (rng.chance(0.35) ? 'overcrowded' : 'normal') : 'normal', first),
    );
    followUps(maxFollowUps);
  };
  const followUps = (max: number) => {
    for (let i = rng.int(0, max); i > 0; i -= 1) {
      if (rng.chance(0.6))
        op(
          rng.int(30, 400),
          plan(
            'follow_up',
            rng.weighted<Severity | null>([
              [null, 3],
              ['minor', 4],
              ['major', 2],
            ]),
          ),
        );
      else op(rng.int(60, 400), plan('registration_check', mild(), 'normal', rng.pick(['register_anomaly', 'routine', 'earlier_finding'])));
    }
  };
  const declaration = () => {
    if (origin === 'register_anomaly' || rng.chance(0.3)) op(rng.int(7, 60), plan('registration_check', mild(), 'normal', trigger));
    const worst: Severity = rng.chance(0.7) ? 'danger' : 'major';
    op(rng.int(7, 60), plan('joint_inspection', worst, rng.chance(0.5) ? 'overcrowded' : 'normal', steps.length === 0 ? trigger : 'earlier_finding'));
    decide(rng.int(0, 10), 'declare_uninhabitable', REASONS.declare);
    for (let i = rng.int(0, 2); i > 0; i -= 1) {
      op(rng.int(30, 300), { ...plan('follow_up', mild(), 'empty'), registration: rng.chance(0.3) });
    }
  };
  const renovation = () => {
    decide(rng.int(60, 500), 'renovation_started', REASONS.renovation);
    if (rng.chance(0.4)) op(rng.int(60, 300), plan('follow_up', mild(), 'empty'));
  };
  const lifting = (withRenovation: boolean) => {
    if (withRenovation) renovation();
    if (rng.chance(0.2)) op(rng.int(90, 400), plan('acceptance_inspection', 'danger', 'empty'));
    op(
      rng.int(60, 450),
      plan(
        'acceptance_inspection',
        rng.weighted<Severity | null>([
          [null, 3],
          ['minor', 3],
        ]),
        'empty',
      ),
    );
    decide(rng.int(1, 30), 'declaration_lifted', REASONS.lifted);
  };
  const reletting = () => {
    decide(rng.int(30, 300), 'relet', REASONS.relet);
    if (rng.chance(0.5)) op(rng.int(60, 500), plan('registration_check', mild(), 'normal', 'routine'));
  };

  switch (scenario) {
    case 'suspected':
      break;
    case 'suspected_closed':
      decide(rng.int(20, 200), 'close', REASONS.closeSuspected);
      break;
    case 'inspected':
      inspections(3);
      break;
    case 'inspected_closed':
      inspections(2);
      decide(rng.int(30, 600), 'close', REASONS.closeInspected);
      break;
    case 'reopened':
      inspections(1);
      decide(rng.int(60, 400), 'close', REASONS.closeInspected);
      decide(rng.int(100, 600), 'reopen', REASONS.reopen);
      op(rng.int(3, 30), plan('joint_inspection', rng.pick<Severity>(['minor', 'major']), 'normal', 'complaint'));
      break;
    case 'declared':
      declaration();
      break;
    case 'redeclared':
      declaration();
      lifting(rng.chance(0.5));
      op(rng.int(60, 400), plan('joint_inspection', 'danger', 'overcrowded', 'complaint'));
      decide(rng.int(0, 7), 'declare_uninhabitable', REASONS.declare);
      break;
    case 'renovation':
      declaration();
      renovation();
      break;
    case 'released':
      declaration();
      lifting(rng.chance(0.75));
      break;
    case 'relet':
      declaration();
      lifting(rng.chance(0.85));
      reletting();
      break;
    case 'relet_closed':
      declaration();
      lifting(true);
      reletting();
      decide(rng.int(100, 700), 'close', REASONS.closeRelet);
      break;
    case 'declared_closed':
      declaration();
      if (rng.chance(0.3)) renovation();
      decide(rng.int(60, 900), 'close', REASONS.closeDeclared);
      break;
  }
  return steps;
}

/** Shrinks the gaps proportionally when a history would not fit between the first day and the last. */
export function fitSteps(steps: Step[], availableDays: number): Step[] {
  const span = steps.reduce((total, s) => total + s.gap, 0);
  if (span <= availableDays) return steps;
  const factor = availableDays / span;
  return steps.map((s) => ({ ...s, gap: Math.max('decision' in s ? 1 : 0, Math.floor(s.gap * factor)) }));
}
