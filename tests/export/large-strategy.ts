import { applyOperations, EMPTY_FINDING, EMPTY_ITEMS, emptyStrategy, TARGET_GROUPS, THEME_TAGS } from '@/domain';
import type { Operation, Strategy } from '@/domain';
import { NOW, newId, sampleStrategy, workspace } from './helpers';

// A strategy far larger than a town writes: 60 needs, 40 strengths, 40 challenges,
// 50 recommendations, 150 actions with two indicators each (for the benchmark and
// the multi-page table tests).

const LOREM =
  'Newcomers and long-time residents meet in the library, where staff and volunteers offer information, language practice and a quiet place to study; ';

const text = (n: number, i: number) => `${LOREM.repeat(n)}Item ${i}.`.trim();

export function largeStrategy(
  counts = { need: 60, strength: 40, challenge: 40, recommendation: 50, action: 150 },
): Strategy {
  const base = sampleStrategy();
  const ops: Operation[] = (['partnership', 'diagnosis', 'plan', 'vision'] as const).map((key) => ({
    type: 'putSection',
    key,
    data: base.sections[key].data,
  }));
  const partners = Array.from({ length: 12 }, () => newId());
  partners.forEach((id, i) =>
    ops.push({
      type: 'createItem',
      kind: 'partner',
      id,
      data: {
        ...EMPTY_ITEMS.partner,
        name: `Partner organisation ${i + 1}`,
        type: 'ngo',
        contactPerson: `Coordinator ${i + 1}`,
        contactEmail: '',
        role: text(1, i),
      },
    }),
  );
  for (let i = 0; i < 10; i++) {
    ops.push({
      type: 'createItem',
      kind: 'meeting',
      id: newId(),
      data: {
        ...EMPTY_ITEMS.meeting,
        title: `Workshop ${i + 1}`,
        date: '2025-03-20',
        format: 'workshop',
        participants: 20 + i,
        notes: text(1, i),
      },
    });
    ops.push({
      type: 'createItem',
      kind: 'service',
      id: newId(),
      data: {
        ...EMPTY_ITEMS.service,
        name: `Service ${i + 1}`,
        runBy: `Partner organisation ${i + 1}`,
        description: text(1, i),
        targetGroups: [TARGET_GROUPS[i % TARGET_GROUPS.length]!],
      },
    });
  }
  const ids = {
    need: [] as string[],
    strength: [] as string[],
    challenge: [] as string[],
    recommendation: [] as string[],
  };
  for (const kind of ['need', 'strength', 'challenge'] as const) {
    for (let i = 0; i < counts[kind]; i++) {
      const id = newId();
      ids[kind].push(id);
      ops.push({
        type: 'createItem',
        kind,
        id,
        data: {
          ...EMPTY_FINDING,
          title: `${kind} number ${i + 1}`,
          description: text(2, i),
          targetGroups: [TARGET_GROUPS[i % TARGET_GROUPS.length]!, TARGET_GROUPS[(i + 3) % TARGET_GROUPS.length]!],
          themes: [THEME_TAGS[i % THEME_TAGS.length]!],
          evidence: `Survey 2025, question ${i + 1}`,
          priority: (['high', 'medium', 'low'] as const)[i % 3]!,
          partnerId: partners[i % partners.length]!,
        },
      });
    }
  }
  for (let i = 0; i < counts.recommendation; i++) {
    const id = newId();
    ids.recommendation.push(id);
    const pick = (list: string[], n: number) => Array.from({ length: n }, (_, k) => list[(i * n + k) % list.length]!);
    ops.push({
      type: 'createItem',
      kind: 'recommendation',
      id,
      data: {
        ...EMPTY_ITEMS.recommendation,
        title: `Recommendation number ${i + 1}`,
        description: text(2, i),
        themes: [THEME_TAGS[i % THEME_TAGS.length]!],
        needIds: pick(ids.need, 2),
        challengeIds: pick(ids.challenge, 1),
        strengthIds: pick(ids.strength, 1),
      },
    });
  }
  for (let i = 0; i < counts.action; i++) {
    ops.push({
      type: 'createItem',
      kind: 'action',
      id: newId(),
      data: {
        ...EMPTY_ITEMS.action,
        title: `Action number ${i + 1}`,
        description: text(1, i),
        recommendationId: ids.recommendation[i % ids.recommendation.length] ?? '',
        leadPartnerId: partners[i % partners.length]!,
        supportingPartnerIds: [partners[(i + 1) % partners.length]!, partners[(i + 2) % partners.length]!],
        startMonth: '2025-09',
        endMonth: '2026-06',
        resources: 'Two librarians, the reading room, volunteers',
        budget: 1000 + i * 10,
        currency: 'EUR',
        fundingSource: 'Municipal budget',
        indicators: [
          {
            id: newId(),
            name: `Participants of action ${i + 1}`,
            baseline: 0,
            target: 50,
            unit: 'people',
            verification: 'Attendance lists',
          },
          {
            id: newId(),
            name: `Satisfaction with action ${i + 1}`,
            baseline: 60,
            target: 80,
            unit: '%',
            verification: 'Feedback survey',
          },
        ],
        risks: 'Low attendance; mitigated by outreach through partners.',
      },
    });
  }
  return applyOperations(emptyStrategy(workspace('Large strategy')), ops, NOW);
}
