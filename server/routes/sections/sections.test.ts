import { EMPTY_SECTIONS, LIMITS, SECTION_KEYS } from '@/domain';
import type { SectionData, SectionResponse } from '@/domain';
import {
  describeBackends,
  expectError,
  expectUnchanged,
  getStrategy,
  longText,
  newWorkspace,
  UNKNOWN_ID,
} from '../../test/helpers';

const partnership: SectionData['partnership'] = {
  municipality: 'Valmiera',
  country: 'LV',
  leadLibrary: 'Valmiera Library',
  description: 'Library, council and NGOs',
  agreementSigned: true,
  agreementDate: '2025-02-14',
};
const filled: SectionData = {
  partnership,
  diagnosis: {
    population: 23000,
    tcnCount: 640,
    countriesOfOrigin: ['Ukraine'],
    languages: ['Ukrainian'],
    targetGroups: ['workers'],
    summary: 'Growing',
    dataSources: 'Statistics 2024',
  },
  plan: { monitoring: 'Quarterly', review: 'Yearly' },
  vision: {
    vision: 'A town for all',
    objectives: ['One', 'Two'],
    summary: 'Short',
    councilDecision: 'No. 12',
    adoptionDate: '2025-06-01',
    periodStart: '2026',
    periodEnd: '2028',
  },
};

describeBackends('sections', (t) => {
  const path = (id: string, key: string) => `/api/workspaces/${id}/sections/${key}`;

  it.each(SECTION_KEYS)('saves the %s section and reads it back', async (key) => {
    const ws = await newWorkspace(t.api);
    const res = await t.api.put<SectionResponse>(path(ws.id, key), { data: filled[key] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 1, data: filled[key] });
    const strategy = await getStrategy(t.api, ws.id);
    expect(strategy.sections[key]).toEqual(res.body);
    expect(strategy.workspace.updatedAt).toBe(res.body.updatedAt);
  });

  it('counts versions and refuses an edit based on an older one, returning the section as it is now', async () => {
    const ws = await newWorkspace(t.api);
    const first = await t.api.put<SectionResponse>(path(ws.id, 'partnership'), { data: partnership, version: 0 });
    expect(first.body.version).toBe(1);
    const second = await t.api.put<SectionResponse>(path(ws.id, 'partnership'), {
      data: { ...partnership, municipality: 'Cēsis' },
      version: 1,
    });
    expect(second.body.version).toBe(2);

    await expectUnchanged(t.api, [ws.id], async () => {
      const stale = await t.api.put(path(ws.id, 'partnership'), {
        data: { ...partnership, municipality: 'Lost' },
        version: 1,
      });
      expectError(stale, 409, 'conflict');
      expect((stale.body as { current: unknown }).current).toEqual(second.body);
    });
    // Without a version the edit overwrites (the client chose to keep its own text).
    const overwrite = await t.api.put<SectionResponse>(path(ws.id, 'partnership'), { data: partnership });
    expect(overwrite.body).toMatchObject({ version: 3, data: partnership });
  });

  it('treats a never-written section as version 0', async () => {
    const ws = await newWorkspace(t.api);
    await expectUnchanged(t.api, [ws.id], async () => {
      const res = await t.api.put(path(ws.id, 'plan'), { data: filled.plan, version: 4 });
      expectError(res, 409, 'conflict');
      expect((res.body as { current: unknown }).current).toEqual({
        version: 0,
        updatedAt: null,
        data: EMPTY_SECTIONS.plan,
      });
    });
  });

  it.each([
    [
      'a value of the wrong type',
      'partnership',
      { data: { ...partnership, agreementSigned: 'yes' } },
      'data.agreementSigned',
    ],
    [
      'text over 200 characters',
      'partnership',
      { data: { ...partnership, municipality: longText(201) } },
      'data.municipality',
    ],
    ['a country outside the list', 'partnership', { data: { ...partnership, country: 'XX' } }, 'data.country'],
    [
      'a malformed date',
      'partnership',
      { data: { ...partnership, agreementDate: '14.02.2025' } },
      'data.agreementDate',
    ],
    [
      'too many target groups',
      'diagnosis',
      { data: { ...filled.diagnosis, targetGroups: Array(LIMITS.tags + 1).fill('workers') } },
      'data.targetGroups',
    ],
    ['a negative population', 'diagnosis', { data: { ...filled.diagnosis, population: -1 } }, 'data.population'],
    [
      'too many objectives',
      'vision',
      { data: { ...filled.vision, objectives: Array(LIMITS.objectives + 1).fill('o') } },
      'data.objectives',
    ],
    ['a missing field in data', 'plan', { data: { monitoring: '' } }, 'data.review'],
    ['missing data', 'plan', { version: 1 }, 'data'],
    ['a negative version', 'plan', { data: filled.plan, version: -1 }, 'version'],
    ['a fractional version', 'plan', { data: filled.plan, version: 1.5 }, 'version'],
  ])('refuses %s, naming the field', async (_case, key, body, field) => {
    const ws = await newWorkspace(t.api);
    await expectUnchanged(t.api, [ws.id], async () => {
      expectError(await t.api.put(path(ws.id, key), body), 400, 'validation', field, field);
    });
  });

  it('refuses unknown fields, naming them', async () => {
    const ws = await newWorkspace(t.api);
    await expectUnchanged(t.api, [ws.id], async () => {
      expectError(
        await t.api.put(path(ws.id, 'plan'), { data: { ...filled.plan, budget: 1 } }),
        400,
        'validation',
        /budget/,
        'data',
      );
      expectError(await t.api.put(path(ws.id, 'plan'), { data: filled.plan, force: true }), 400, 'validation', /force/);
    });
  });

  it('refuses malformed JSON, non-objects, wrong content types and bodies over 1 MB', async () => {
    const ws = await newWorkspace(t.api);
    await expectUnchanged(t.api, [ws.id], async () => {
      expectError(await t.api.put(path(ws.id, 'plan'), '{"data": '), 400, 'bad_request', /JSON/);
      expectError(await t.api.put(path(ws.id, 'plan'), '"plan"'), 400, 'bad_request', /object/);
      expectError(
        await t.api.put(path(ws.id, 'plan'), JSON.stringify({ data: filled.plan }), { 'content-type': 'text/plain' }),
        415,
        'bad_request',
      );
      expectError(
        await t.api.put(path(ws.id, 'plan'), { data: { ...filled.plan, review: longText(LIMITS.bodyBytes) } }),
        413,
        'too_large',
      );
    });
  });

  it('answers 404 for an unknown section, an unknown workspace or a malformed id', async () => {
    const ws = await newWorkspace(t.api);
    await expectUnchanged(t.api, [ws.id], async () => {
      expectError(await t.api.put(path(ws.id, 'budget'), { data: {} }), 404, 'not_found', /budget/);
      expectError(await t.api.put(path(UNKNOWN_ID, 'plan'), { data: filled.plan }), 404, 'not_found', /Workspace/);
      expectError(await t.api.put(path('nope', 'plan'), { data: filled.plan }), 404, 'not_found');
    });
  });
});
