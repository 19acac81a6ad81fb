import type { ContentStep, StepId } from './steps';
import { CONTENT_STEPS } from './steps';
import type { Strategy } from './strategy';
import { findProblems } from './traceability';
import type { Problem } from './traceability';

// How far each step is. Completeness is a status, never a gate: every draft saves.
// `missing` holds message keys of `wizard:missing.<key>`, with an optional count.

export type StepStatus = 'notStarted' | 'inProgress' | 'complete' | 'attention';
export type Missing = { key: string; count?: number };
export type StepProgress = { step: StepId; status: StepStatus; missing: Missing[]; problems: Problem[] };

const filled = (v: string) => v.trim().length > 0;

type Check = { started: boolean; missing: Missing[] };

function check(strategy: Strategy, step: ContentStep): Check {
  const { sections, items } = strategy;
  const missing: Missing[] = [];
  const need = (ok: boolean, key: string, count?: number) => {
    if (!ok) missing.push(count === undefined ? { key } : { key, count });
  };
  switch (step) {
    case 'partnership': {
      const p = sections.partnership.data;
      need(filled(p.municipality), 'municipality');
      need(p.country !== '', 'country');
      need(filled(p.leadLibrary), 'leadLibrary');
      need(items.partner.length >= 2, 'partners');
      const untyped = items.partner.filter((x) => !filled(x.data.name) || x.data.type === '').length;
      need(untyped === 0, 'partnerDetails', untyped);
      need(p.agreementSigned, 'agreement');
      need(items.meeting.length >= 1, 'meetings');
      const started =
        filled(p.municipality) || filled(p.leadLibrary) || items.partner.length > 0 || items.meeting.length > 0;
      return { started, missing };
    }
    case 'diagnosis': {
      const d = sections.diagnosis.data;
      need(d.population !== null, 'population');
      need(d.tcnCount !== null, 'tcnCount');
      need(d.countriesOfOrigin.length > 0, 'countriesOfOrigin');
      need(d.languages.length > 0, 'languages');
      need(d.targetGroups.length > 0, 'targetGroups');
      need(items.service.length > 0, 'services');
      need(filled(d.dataSources), 'dataSources');
      const started =
        d.population !== null ||
        d.tcnCount !== null ||
        d.countriesOfOrigin.length > 0 ||
        filled(d.summary) ||
        filled(d.dataSources) ||
        items.service.length > 0;
      return { started, missing };
    }
    case 'needs':
    case 'strengths':
    case 'challenges': {
      const kind = step === 'needs' ? 'need' : step === 'strengths' ? 'strength' : 'challenge';
      const list = items[kind];
      need(list.length > 0, `${kind}Items`);
      const untitled = list.filter((x) => !filled(x.data.title)).length;
      need(untitled === 0, 'titles', untitled);
      if (kind !== 'strength') {
        const unprioritised = list.filter((x) => x.data.priority === '').length;
        need(unprioritised === 0, kind === 'need' ? 'priorities' : 'severities', unprioritised);
      }
      const untagged = list.filter((x) => x.data.themes.length === 0).length;
      need(untagged === 0, 'themes', untagged);
      return { started: list.length > 0, missing };
    }
    case 'recommendations': {
      const list = items.recommendation;
      need(list.length > 0, 'recommendationItems');
      const untitled = list.filter((x) => !filled(x.data.title)).length;
      need(untitled === 0, 'titles', untitled);
      return { started: list.length > 0, missing };
    }
    case 'plan': {
      const list = items.action;
      need(list.length > 0, 'actionItems');
      const untitled = list.filter((x) => !filled(x.data.title)).length;
      need(untitled === 0, 'titles', untitled);
      const untimed = list.filter((x) => x.data.startMonth === '' || x.data.endMonth === '').length;
      need(untimed === 0, 'timing', untimed);
      need(filled(sections.plan.data.monitoring), 'monitoring');
      return { started: list.length > 0 || filled(sections.plan.data.monitoring), missing };
    }
    case 'vision': {
      const v = sections.vision.data;
      need(filled(v.vision), 'vision');
      need(v.objectives.some(filled), 'objectives');
      need(filled(v.summary), 'summary');
      return { started: filled(v.vision) || v.objectives.length > 0 || filled(v.summary), missing };
    }
  }
}

export function stepProgress(strategy: Strategy, step: StepId, problems = findProblems(strategy)): StepProgress {
  if (step === 'review') {
    const all = CONTENT_STEPS.map((s) => stepProgress(strategy, s, problems));
    const status: StepStatus = all.every((p) => p.status === 'notStarted')
      ? 'notStarted'
      : problems.length > 0
        ? 'attention'
        : all.every((p) => p.status === 'complete')
          ? 'complete'
          : 'inProgress';
    return { step, status, missing: [], problems };
  }
  const own = problems.filter((p) => p.step === step);
  const { started, missing } = check(strategy, step);
  const status: StepStatus = !started
    ? 'notStarted'
    : own.length > 0
      ? 'attention'
      : missing.length === 0
        ? 'complete'
        : 'inProgress';
  return { step, status, missing, problems: own };
}

export function strategyProgress(strategy: Strategy): StepProgress[] {
  const problems = findProblems(strategy);
  return CONTENT_STEPS.map((s) => stepProgress(strategy, s, problems));
}

/** Share of content steps complete, 0–100, for lists and the coordinator's overview. */
export function completionPercent(strategy: Strategy, all: StepProgress[] = strategyProgress(strategy)): number {
  return Math.round((all.filter((p) => p.status === 'complete').length / all.length) * 100);
}
