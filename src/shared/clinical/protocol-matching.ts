import type { AssessmentRecord } from '../domain/assessment';
import type { Indication, Protocol } from './catalogue/protocol-types';
import { PROTOCOLS } from './catalogue/protocols';
import {
  PAIN_AREAS,
  WORKING_DIAGNOSES,
  type PainArea,
  type WorkingDiagnosis,
} from './catalogue/subjective';
import type { Side } from './catalogue/types';
import { describeFinding, type Finding, type Severity } from './findings';
import { redFlagScreen, type RedFlagScreen } from './red-flag-screen';
import { runningStopReasons } from './program-builder';

/**
 * Suggests protocols from the findings, the working diagnosis and where it hurts. Pure and
 * deterministic: every suggestion carries the findings behind it in words, so the physio can
 * see why, and the ranking only depends on the catalogue's weights and order.
 */

export interface MatchInput {
  findings: Finding[];
  diagnosis: WorkingDiagnosis | null;
  painAreas: { area: PainArea; side: Side }[];
  redFlags: RedFlagScreen;
}

export interface ProtocolSuggestion {
  protocol: Protocol;
  score: number;
  reasons: string[];
  emphasisSide: Side | null;
  startPhase: number;
}

export interface WithheldProtocol {
  protocol: Protocol;
  reason: string;
}

export interface ProtocolMatch {
  suggestions: ProtocolSuggestion[];
  withheld: WithheldProtocol[];
  redFlagNotice: string | null;
}

/** A more severe finding counts for more, so the most pressing problem ranks first. */
export const SEVERITY_FACTOR: Record<Severity, number> = { mild: 1, moderate: 1.5, marked: 2 };
const SEVERITY_ORDER: Severity[] = ['mild', 'moderate', 'marked'];

const PAIN_AREA_WORDS: Record<PainArea, string> = {
  'lateral-hip': 'the outer (lateral) hip',
  'front-of-hip': 'the front of the hip',
  groin: 'the groin',
  buttock: 'the buttock / sit bone',
  thigh: 'the thigh',
};

export function matchInputFor(record: AssessmentRecord, findings: Finding[]): MatchInput {
  return {
    findings,
    diagnosis: record.diagnosis,
    painAreas: record.subjective.painAreas,
    redFlags: redFlagScreen(record),
  };
}

export function diagnosisLabel(diagnosis: WorkingDiagnosis): string {
  return WORKING_DIAGNOSES.find((entry) => entry.value === diagnosis)?.label ?? diagnosis;
}

export function describePainArea(area: PainArea, sides: Side[]): string {
  const words = PAIN_AREA_WORDS[area] ?? PAIN_AREAS.find((entry) => entry.value === area)?.label;
  return `Pain in ${words} (${sides.join(' and ')})`;
}

interface IndicationHit {
  weight: number;
  reasons: string[];
  findings: Finding[];
}

function findingsFor(indication: Indication, findings: Finding[]): Finding[] {
  if (!('finding' in indication)) return [];
  return findings.filter(
    (finding) =>
      finding.kind === indication.finding &&
      (indication.muscleGroup === undefined || finding.muscleGroup === indication.muscleGroup),
  );
}

/** One indication against the patient: its weighted score and the words that explain it. */
function hit(indication: Indication, input: MatchInput): IndicationHit | null {
  if ('finding' in indication) {
    const found = findingsFor(indication, input.findings);
    if (found.length === 0) return null;
    // Both sides with the same finding are one problem: the worse one sets the weight.
    const factor = Math.max(...found.map((finding) => SEVERITY_FACTOR[finding.severity]));
    return {
      weight: indication.weight * factor,
      reasons: found.map(describeFinding),
      findings: found,
    };
  }
  if ('diagnosis' in indication) {
    if (input.diagnosis !== indication.diagnosis) return null;
    return {
      weight: indication.weight,
      reasons: [`Working diagnosis: ${diagnosisLabel(indication.diagnosis)}`],
      findings: [],
    };
  }
  const sides = input.painAreas
    .filter((entry) => entry.area === indication.painArea)
    .map((entry) => entry.side);
  if (sides.length === 0) return null;
  return {
    weight: indication.weight,
    reasons: [describePainArea(indication.painArea, [...new Set(sides)])],
    findings: [],
  };
}

/**
 * The one side the emphasis findings point to; none when they point to left and right or
 * nowhere. A finding on both sides (or on no side) names no side, so it neither sets nor
 * cancels an emphasis: weak left abductors that are also below the norm on both sides still
 * put the emphasis on the left.
 */
function emphasisSideOf(protocol: Protocol, matched: Finding[]): Side | null {
  const sides = new Set<Side>();
  for (const finding of matched) {
    if (!protocol.emphasisFrom.includes(finding.kind)) continue;
    if (finding.side === 'left' || finding.side === 'right') sides.add(finding.side);
  }
  if (sides.size !== 1) return null;
  return [...sides][0]!;
}

function startPhaseOf(protocol: Protocol, matched: Finding[], cautious: boolean): number {
  // Warning signs (pain beyond rest, locking) call for the gentlest start whatever the tests.
  if (!protocol.startBySeverity || matched.length === 0 || cautious) return 0;
  const worst = matched.reduce<Severity>(
    (worse, finding) =>
      SEVERITY_ORDER.indexOf(finding.severity) > SEVERITY_ORDER.indexOf(worse)
        ? finding.severity
        : worse,
    'mild',
  );
  return Math.min(protocol.startBySeverity[worst], protocol.phases.length - 1);
}

const roundScore = (score: number) => Math.round(score * 100) / 100;

function suggest(protocol: Protocol, input: MatchInput): ProtocolSuggestion | null {
  const hits = protocol.indications.flatMap((indication) => hit(indication, input) ?? []);
  if (hits.length === 0) return null;
  const matched = [...new Set(hits.flatMap((entry) => entry.findings))];
  return {
    protocol,
    score: roundScore(hits.reduce((sum, entry) => sum + entry.weight, 0)),
    reasons: [...new Set(hits.flatMap((entry) => entry.reasons))],
    emphasisSide: emphasisSideOf(protocol, matched),
    startPhase: startPhaseOf(
      protocol,
      matched,
      input.findings.some((finding) => finding.kind === 'warning-signs'),
    ),
  };
}

const COMPANION_REASON =
  'Runner under treatment with no red flag: plan the way back to running alongside it';

export function redFlagNotice(reasons: string[], stressFractureSuspected: boolean): string {
  const why = stressFractureSuspected
    ? 'impact on a bone that may have a stress fracture could make it break through'
    : 'impact and running load should wait until a doctor has found the cause';
  return (
    `Red flag: ${reasons.join('; ')}. Refer the patient to a doctor. ` +
    `Running, hopping and plyometric (jumping) exercises are left out of the program, ` +
    `because ${why}.`
  );
}

export function matchProtocols(input: MatchInput): ProtocolMatch {
  const stopReasons = runningStopReasons(input.redFlags, input.diagnosis);
  const stopped = stopReasons.length > 0;
  const withheld: WithheldProtocol[] = stopped
    ? PROTOCOLS.filter((protocol) => protocol.involvesRunning).map((protocol) => ({
        protocol,
        reason: `Withheld: red flag — ${stopReasons.join('; ')}. Refer before any running.`,
      }))
    : [];
  const open = PROTOCOLS.filter((protocol) => !stopped || !protocol.involvesRunning);

  const matched = open.flatMap((protocol) => suggest(protocol, input) ?? []);
  // A companion (return to running) joins any other suggestion, at its own low weight.
  const others = matched.filter((entry) => entry.protocol.companionWeight === undefined);
  const suggestions = open.flatMap((protocol): ProtocolSuggestion[] => {
    const own = matched.find((entry) => entry.protocol === protocol);
    if (protocol.companionWeight === undefined || others.length === 0) return own ? [own] : [];
    return [
      {
        protocol,
        score: roundScore((own?.score ?? 0) + protocol.companionWeight),
        reasons: [...(own?.reasons ?? []), COMPANION_REASON],
        emphasisSide: own?.emphasisSide ?? null,
        startPhase: own?.startPhase ?? 0,
      },
    ];
  });

  // Highest score first; Array.prototype.sort is stable, so ties keep catalogue order.
  suggestions.sort((a, b) => b.score - a.score);
  return {
    suggestions,
    withheld,
    redFlagNotice: stopped
      ? redFlagNotice(
          stopReasons,
          input.redFlags.stressFractureSuspected || input.diagnosis === 'stress-fracture-suspected',
        )
      : null,
  };
}
