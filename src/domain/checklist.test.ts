import { describe, expect, it } from 'vitest';
import { checklist, gapLink, problemLink, todoLink } from './checklist';
import { prefilledItem } from './prefill';
import { stepProgress } from './completeness';
import { gapsOf } from './gaps';
import { applyOperations } from './operations';
import { sampleOperations } from './sample';
import { EMPTY_FINDING, EMPTY_ITEMS, EMPTY_SECTIONS, emptyStrategy } from './strategy';
import type { Strategy } from './strategy';
import { findProblems } from './traceability';

const NOW = '2026-12-05T10:00:00.000Z';
let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const blank = (): Strategy => emptyStrategy({ id: id(), name: 'Test', createdAt: NOW, updatedAt: NOW });
const sample = () => applyOperations(blank(), sampleOperations(id), NOW);

describe('what is still missing, and where it is fixed', () => {
  it('names each empty required field of a section, linking to the field', () => {
    const s = applyOperations(
      blank(),
      [{ type: 'putSection', key: 'vision', data: { ...EMPTY_SECTIONS.vision, vision: 'A town where…' } }],
      NOW,
    );
    const { started, gaps } = gapsOf(s, 'vision');
    expect(started).toBe(true);
    expect(gaps.map((g) => g.type === 'field' && g.field.key)).toEqual(['objectives', 'summary']);
    expect(gaps.map(gapLink)).toEqual([
      { step: 'vision', params: { field: 'objectives' } },
      { step: 'vision', params: { field: 'summary' } },
    ]);
  });

  it('names each item lacking a required field, linking to its first empty field', () => {
    const need = id();
    const s = applyOperations(
      blank(),
      [
        {
          type: 'createItem',
          kind: 'need',
          id: id(),
          data: { ...EMPTY_FINDING, title: 'Complete', priority: 'low', themes: ['eu.education'] },
        },
        {
          type: 'createItem',
          kind: 'need',
          id: need,
          data: { ...EMPTY_FINDING, title: 'Childcare', themes: ['eu.health'] },
        },
      ],
      NOW,
    );
    const { gaps } = gapsOf(s, 'needs');
    expect(gaps).toEqual([
      {
        type: 'itemFields',
        step: 'needs',
        kind: 'need',
        itemId: need,
        name: 'Childcare',
        position: 1,
        fields: [{ key: 'priority', message: 'priorities' }],
      },
    ]);
    expect(gapLink(gaps[0]!)).toEqual({ step: 'needs', params: { item: need, field: 'priority' } });
  });

  it('asks for more items where a list is short, with a link that adds one', () => {
    const { gaps } = gapsOf(blank(), 'partnership');
    const few = gaps.filter((g) => g.type === 'fewItems');
    expect(few.map((g) => g.type === 'fewItems' && [g.kind, g.min])).toEqual([
      ['partner', 2],
      ['meeting', 1],
    ]);
    expect(gapLink(few[0]!)).toEqual({ step: 'partnership', params: { new: 'partner' } });
  });

  it('mends each break of the thread where the link is made', () => {
    const [need, rec, action] = [id(), id(), id()];
    const s = applyOperations(
      blank(),
      [
        {
          type: 'createItem',
          kind: 'need',
          id: need,
          data: { ...EMPTY_FINDING, title: 'Childcare', priority: 'high' },
        },
        {
          type: 'createItem',
          kind: 'recommendation',
          id: rec,
          data: { ...EMPTY_ITEMS.recommendation, title: 'Crèche' },
        },
        { type: 'createItem', kind: 'action', id: action, data: { ...EMPTY_ITEMS.action, title: 'Café' } },
      ],
      NOW,
    );
    const links = Object.fromEntries(findProblems(s).map((p) => [p.code, problemLink(p)]));
    expect(links).toEqual({
      // A need no recommendation addresses: a new recommendation, already addressing it.
      needUnaddressed: { step: 'recommendations', params: { new: 'recommendation', needIds: need } },
      recommendationAddressesNothing: { step: 'recommendations', params: { item: rec, field: 'needIds' } },
      // A recommendation without an action: a new action in the plan, already implementing it.
      recommendationWithoutAction: { step: 'plan', params: { new: 'action', recommendationId: rec } },
      actionWithoutRecommendation: { step: 'plan', params: { item: action, field: 'recommendationId' } },
      actionWithoutLead: { step: 'plan', params: { item: action, field: 'leadPartnerId' } },
      actionWithoutIndicator: { step: 'plan', params: { item: action, field: 'indicators' } },
    });
  });

  it('fills in the link of a new item, and ignores other parameters and unknown ids', () => {
    const need = id();
    const s = applyOperations(
      blank(),
      [{ type: 'createItem', kind: 'need', id: need, data: { ...EMPTY_FINDING, title: 'Childcare' } }],
      NOW,
    );
    const params = new URLSearchParams({ new: 'recommendation', needIds: need, challengeIds: 'gone', title: 'x' });
    const data = prefilledItem(s, 'recommendation', (name) => params.get(name));
    expect(data).toEqual({ ...EMPTY_ITEMS.recommendation, needIds: [need] });
  });

  it('lists every step with something to do, breaks of the thread first, and nothing for a finished step', () => {
    const s = sample();
    const steps = checklist(s);
    const recs = steps.find((x) => x.step === 'recommendations');
    expect(recs?.todos[0]).toMatchObject({ type: 'problem', problem: { code: 'recommendationWithoutAction' } });
    expect(steps.some((x) => x.step === 'needs')).toBe(false);
    expect(stepProgress(s, 'needs').gaps).toEqual([]);
    // Every entry has somewhere to go.
    for (const todo of steps.flatMap((x) => x.todos)) expect(todoLink(todo).step).toBeTruthy();
  });
});
