import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// One glossary per language (locales/<lng>/glossary.json, described in docs/glossary.md): the
// screens and the document call each thing of the product by one word. The glossary is read only
// here and by translators; the app never loads it.

const ROOT = join(import.meta.dirname, '../../locales');
const LANGUAGES = ['en', 'lv', 'pl', 'lt', 'fr', 'it', 'ro'];

interface Entry {
  term: string;
  plural?: string;
  avoid: string[];
  note?: string;
}
interface Glossary {
  terms: Record<string, Entry>;
}

type Ref = `${string}:${string}`;
/**
 * The keys that display a term, by how: `term` and `plural` equal the glossary's word, `start` and
 * `pluralStart` begin with it (a longer heading such as “Vision and objectives”), case-insensitively.
 * UI (wizard, fields, common, workflow, budget) and document (export) keys side by side.
 */
const SHOWN_AS: Record<string, Partial<Record<'term' | 'plural' | 'start' | 'pluralStart', Ref[]>>> = {
  partnership: {
    term: ['wizard:steps.partnership.title', 'export:doc.sections.partnership', 'export:doc.cover.partnership'],
  },
  municipality: {
    term: ['wizard:partnership.municipality', 'fields:partnership.municipality', 'export:doc.fields.municipality'],
  },
  leadLibrary: {
    term: [
      'wizard:partnership.leadLibrary',
      'fields:partnership.leadLibrary',
      'export:doc.fields.leadLibrary',
      'export:doc.cover.leadLibrary',
    ],
  },
  partnerOrganisation: {
    term: ['wizard:partnership.partnerFormLabel', 'export:redline.kinds.partner', 'comments:kinds.partner'],
    plural: ['wizard:partnership.partners', 'export:doc.fields.partners', 'export:doc.sections.partners'],
  },
  leadPartner: {
    term: ['wizard:action.lead', 'fields:action.leadPartnerId', 'export:doc.table.lead', 'export:summary.lead'],
  },
  supportingPartners: { term: ['wizard:action.supporting', 'fields:action.supportingPartnerIds'] },
  localDiagnosis: {
    term: ['wizard:steps.diagnosis.title', 'wizard:diagnosis.formLabel', 'export:doc.sections.diagnosis'],
  },
  diagnosisSummary: { term: ['wizard:diagnosis.summary', 'fields:diagnosis.summary', 'export:doc.fields.summary'] },
  executiveSummary: { term: ['wizard:vision.summary', 'fields:vision.summary', 'export:doc.sections.summary'] },
  targetGroup: {
    term: ['export:summary.group'],
    plural: [
      'wizard:finding.targetGroups',
      'wizard:diagnosis.targetGroups',
      'fields:need.targetGroups',
      'export:doc.fields.targetGroups',
    ],
  },
  need: {
    term: ['wizard:need.formLabel', 'export:redline.kinds.need', 'comments:kinds.need', 'export:doc.table.need'],
    plural: ['wizard:steps.needs.title', 'wizard:need.listTitle', 'export:doc.sections.needs', 'export:summary.needs'],
  },
  strength: {
    term: ['wizard:strength.formLabel', 'export:redline.kinds.strength', 'comments:kinds.strength'],
    plural: ['wizard:steps.strengths.title', 'wizard:strength.listTitle', 'export:doc.sections.strengths'],
  },
  challenge: {
    term: ['wizard:challenge.formLabel', 'export:redline.kinds.challenge', 'comments:kinds.challenge'],
    plural: ['wizard:steps.challenges.title', 'wizard:challenge.listTitle', 'export:doc.sections.challenges'],
  },
  recommendation: {
    term: [
      'wizard:recommendation.formLabel',
      'fields:recommendation.title',
      'export:doc.fields.recommendation',
      'export:redline.kinds.recommendation',
      'comments:kinds.recommendation',
      'budget:recommendation',
    ],
    plural: [
      'wizard:steps.recommendations.title',
      'wizard:recommendation.listTitle',
      'export:doc.sections.recommendations',
      'export:doc.table.recommendations',
      'export:summary.recommendations',
    ],
  },
  theme: {
    term: ['budget:theme', 'export:doc.budget.theme', 'export:summary.theme'],
    plural: ['fields:need.themes', 'export:doc.fields.themes'],
  },
  vision: {
    term: ['wizard:vision.vision', 'fields:vision.vision', 'export:doc.fields.vision'],
    start: ['wizard:steps.vision.title', 'export:doc.sections.vision'],
  },
  objective: { plural: ['wizard:vision.objectives', 'fields:vision.objectives', 'export:doc.fields.objectives'] },
  implementationPlan: { term: ['wizard:steps.plan.title', 'export:doc.sections.plan'] },
  action: {
    term: [
      'wizard:action.formLabel',
      'fields:action.title',
      'export:doc.table.action',
      'export:summary.action',
      'export:redline.kinds.action',
      'comments:kinds.action',
    ],
    plural: ['wizard:action.listTitle', 'export:doc.table.actions', 'export:summary.actions'],
  },
  indicator: {
    term: ['wizard:action.indicatorName', 'fields:indicator.name', 'export:doc.table.indicator'],
    plural: ['wizard:action.indicators', 'fields:action.indicators', 'export:doc.table.indicators'],
  },
  baseline: { term: ['wizard:action.baseline', 'fields:indicator.baseline', 'export:doc.table.baseline'] },
  target: { term: ['wizard:action.target', 'fields:indicator.target', 'export:doc.table.target'] },
  meansOfVerification: {
    term: ['wizard:action.verification', 'fields:indicator.verification', 'export:doc.table.verification'],
  },
  budget: {
    term: [
      'wizard:action.budget',
      'fields:action.budget',
      'budget:title',
      'export:doc.budget.title',
      'export:doc.fields.budget',
    ],
  },
  fundingSource: {
    term: [
      'wizard:action.funding',
      'fields:action.fundingSource',
      'budget:funding',
      'export:doc.budget.funding',
      'export:doc.fields.fundingSource',
      'export:summary.funding',
    ],
  },
  monitoring: { start: ['wizard:plan.monitoringTitle', 'export:doc.sections.monitoring'] },
  review: { term: ['wizard:steps.review.title'] },
  reviewAndApproval: { term: ['common:nav.approval', 'workflow:title', 'workflow:navLabel', 'workflow:banner.link'] },
  adoption: { term: ['wizard:vision.adoption', 'export:doc.fields.adoption'] },
  councilDecision: {
    term: ['wizard:vision.councilDecision', 'fields:vision.councilDecision', 'export:doc.fields.councilDecision'],
  },
  brokenLink: { pluralStart: ['export:panel.statusProblems'] },
  workspace: { plural: ['workspaces:list.title'] },
};

const readJson = (lng: string, file: string): unknown => JSON.parse(readFileSync(join(ROOT, lng, file), 'utf8'));
const glossary = (lng: string) => readJson(lng, 'glossary.json') as Glossary;
const namespaces = (lng: string) =>
  readdirSync(join(ROOT, lng))
    .filter((f) => f.endsWith('.json') && f !== 'glossary.json')
    .map((f) => f.replace(/\.json$/, ''));

function texts(value: unknown, prefix: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([prefix, value]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      texts(v, prefix.endsWith(':') ? `${prefix}${k}` : `${prefix}.${k}`, out);
  return out;
}

function lookUp(lng: string, ref: Ref): string | undefined {
  const [ns, key] = ref.split(':') as [string, string];
  let value: unknown = readJson(lng, `${ns}.json`);
  for (const part of key.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  return typeof value === 'string' ? value : undefined;
}

/** An avoided stem at the start of a word; “pārtraukt sait” is two stems, one word after the other. */
const stemPattern = (stem: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${stem
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\p{L}*\\s+')}`,
    'iu',
  );

describe('glossary', () => {
  const english = glossary('en');

  it.each(LANGUAGES)('%s has a glossary with the same terms as English, each with its word', (lng) => {
    const own = glossary(lng);
    expect(Object.keys(own.terms).sort()).toEqual(Object.keys(english.terms).sort());
    for (const [key, entry] of Object.entries(own.terms)) {
      expect(entry.term.trim(), `${lng}: ${key}`).not.toBe('');
      expect(Boolean(entry.plural), `${lng}: ${key} has a plural as English does`).toBe(
        Boolean(english.terms[key]?.plural),
      );
      for (const stem of entry.avoid) expect(stem, `${lng}: ${key}`).toBe(stem.toLowerCase());
    }
  });

  it('names only terms it has, in its list of keys that show them', () => {
    for (const key of Object.keys(SHOWN_AS)) expect(english.terms[key], key).toBeDefined();
  });

  describe.each(LANGUAGES)('%s', (lng) => {
    const { terms } = glossary(lng);

    it('shows each term by the glossary’s word on screen and in the document', () => {
      const wrong: string[] = [];
      for (const [key, modes] of Object.entries(SHOWN_AS)) {
        const entry = terms[key];
        if (!entry) continue;
        for (const [mode, refs] of Object.entries(modes)) {
          const word = (mode === 'plural' || mode === 'pluralStart' ? entry.plural : entry.term) ?? '';
          for (const ref of refs) {
            const shown = lookUp(lng, ref);
            const ok =
              mode === 'term' || mode === 'plural'
                ? shown === word
                : shown?.toLocaleLowerCase(lng).startsWith(word.toLocaleLowerCase(lng));
            if (!ok) wrong.push(`${ref} is “${shown}”, the glossary’s ${key} is “${word}” (${mode})`);
          }
        }
      }
      expect(wrong).toEqual([]);
    });

    it('never uses a word the glossary says to avoid', () => {
      const avoided = Object.entries(terms).flatMap(([key, entry]) =>
        entry.avoid.map((stem) => ({ key, stem, pattern: stemPattern(stem) })),
      );
      const found: string[] = [];
      for (const ns of namespaces(lng)) {
        for (const [where, text] of texts(readJson(lng, `${ns}.json`), `${ns}:`)) {
          const words = text.replace(/\{\{[^}]*\}\}/g, ''); // not the names of placeholders
          for (const { key, stem, pattern } of avoided) {
            if (pattern.test(words)) found.push(`${where}: “${stem}” (say “${terms[key]?.term}”): ${text}`);
          }
        }
      }
      expect(found).toEqual([]);
    });

    it('gives the diagnosis summary a heading of its own, not the executive summary’s', () => {
      const diagnosis = lookUp(lng, 'export:doc.fields.summary')?.toLocaleLowerCase(lng);
      const executive = lookUp(lng, 'export:doc.sections.summary')?.toLocaleLowerCase(lng);
      expect(diagnosis).toBeTruthy();
      expect(diagnosis).not.toBe(executive);
      expect(lookUp(lng, 'wizard:diagnosis.summary')).not.toBe(lookUp(lng, 'wizard:vision.summary'));
      expect(terms.diagnosisSummary?.term).not.toBe(terms.executiveSummary?.term);
    });
  });
});
