import { describe, expect, it } from 'vitest';
import { applyOperations, emptyStrategy } from '@/domain';
import type { Programme } from '@/domain/programmes';
import { programmeSummary } from '@/domain/programme-summary';
import { buildSummaryDocx } from '@/features/export/lib/build-summary';
import { DEMO_TOWNS, demoTownOperations } from '../../server/seed/demo-towns';
import { docxParagraphs, labelsFor, newId, NOW, readDocx, assertWellFormed } from './helpers';
import latvianExport from '../../locales/lv/export.json';

// The programme summary document: written, opened again, and read: a chapter per town with
// its state, key needs, recommendations, actions and budget, and the tables across towns.

const programme: Programme = {
  id: newId(),
  name: 'LiBri Latvia — Łódź check',
  country: 'LV',
  deadline: '2027-03-31',
  language: 'lv',
  createdAt: NOW,
  coordinators: [],
  townCount: 3,
};

function towns() {
  return DEMO_TOWNS.slice(0, 3).map((town) => {
    const strategy = applyOperations(
      emptyStrategy({ id: newId(), name: town.name, createdAt: NOW, updatedAt: NOW }),
      demoTownOperations(town, newId),
      NOW,
    );
    return {
      name: town.municipality,
      strategy: { ...strategy, workspace: { ...strategy.workspace, state: town.state } },
    };
  });
}

describe('the programme summary document', () => {
  it('reads back in Latvian: a chapter per town with its state, needs, recommendations, actions and budget', async () => {
    const summary = programmeSummary(programme, towns(), new Intl.Collator('lv'), new Date(NOW));
    const docx = await readDocx(await buildSummaryDocx(summary, await labelsFor('lv')));
    assertWellFormed(docx.document);
    const paragraphs = docxParagraphs(docx.document);
    const headings = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    const words = latvianExport.summary;
    expect(headings).toEqual([words.overview, ...summary.towns.map((t) => t.name), words.across]);
    const text = paragraphs.map((p) => p.text).join('\n');
    for (const town of summary.towns) {
      expect(text).toContain(town.name);
      for (const need of town.needs.slice(0, 3)) expect(text).toContain(need.title);
      for (const rec of town.recommendations.slice(0, 3)) expect(text).toContain(rec);
      for (const action of town.actions.slice(0, 3)) expect(text).toContain(action.title);
    }
    // Money as Latvian writes it (a comma before the cents), and the states in Latvian.
    const first = summary.towns[0];
    const eur = first?.budget.find((m) => m.currency === 'EUR');
    if (eur) {
      const written = new Intl.NumberFormat('lv-LV', {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 2,
      }).format(eur.amount);
      expect(text).toContain(written);
    }
    expect(text).toContain(words.keyNeeds);
    expect(text).toContain(words.byTheme);
    expect(docx.core).toContain('LiBri Latvia — Łódź check');
  });

  it('reads back in English with the tables across towns', async () => {
    const summary = programmeSummary(programme, towns(), new Intl.Collator('en'), new Date(NOW));
    const docx = await readDocx(await buildSummaryDocx(summary, await labelsFor('en')));
    const text = docxParagraphs(docx.document)
      .map((p) => p.text)
      .join('\n');
    expect(text).toContain('Needs, recommendations and actions by theme');
    expect(text).toContain('Towns and themes');
    expect(text).toContain('Planned budget by funding source');
    for (const row of summary.across.budgetByFunding) expect(text).toContain(row.source || 'Not given');
    expect(text).toContain('Planned actions by month');
  });
});
