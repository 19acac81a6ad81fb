import { randomUUID } from 'node:crypto';
import { EMPTY_FINDING, EMPTY_SECTIONS, THEME_TAGS } from '@/domain';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '@/domain/backup';
import type { BackupFile } from '@/domain/backup';

// The largest backup a workspace can hold: `perKind` items of every kind (1,000, the
// limit, by default), every link pointing at another item of the file. About 1.2 MB of
// JSON; used by the import test and scripts/bench-import.ts.

export function largeBackup(perKind = 1000): BackupFile {
  const ids = () => Array.from({ length: perKind }, () => randomUUID());
  const partner = ids();
  const need = ids();
  const strength = ids();
  const challenge = ids();
  const recommendation = ids();
  const nth = (list: string[], i: number) => list[i % list.length] as string;
  const finding = (list: string[], label: string) =>
    list.map((id, i) => ({
      id,
      data: {
        ...EMPTY_FINDING,
        title: `${label} ${i + 1}`,
        description: `What the survey found about ${label} ${i + 1}.`,
        themes: [nth(THEME_TAGS as unknown as string[], i)] as BackupFile['items']['need'][number]['data']['themes'],
        priority: 'medium' as const,
        partnerId: nth(partner, i),
      },
    }));
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: '2026-03-15T10:30:00.000Z',
    workspace: { name: `Large strategy, ${perKind} items of every kind` },
    sections: { ...EMPTY_SECTIONS, partnership: { ...EMPTY_SECTIONS.partnership, municipality: 'Valmiera' } },
    items: {
      partner: partner.map((id, i) => ({
        id,
        data: { name: `Partner ${i + 1}`, type: 'ngo', contactPerson: '', contactEmail: '', role: 'Volunteers' },
      })),
      meeting: ids().map((id, i) => ({
        id,
        data: { title: `Meeting ${i + 1}`, date: '2025-03-20', format: 'workshop', participants: i, notes: '' },
      })),
      service: ids().map((id, i) => ({
        id,
        data: { name: `Service ${i + 1}`, runBy: `Partner ${i + 1}`, description: '', targetGroups: [] },
      })),
      need: finding(need, 'need'),
      strength: finding(strength, 'strength'),
      challenge: finding(challenge, 'challenge'),
      recommendation: recommendation.map((id, i) => ({
        id,
        data: {
          title: `Recommendation ${i + 1}`,
          description: '',
          themes: [],
          needIds: [nth(need, i), nth(need, i + 1)],
          challengeIds: [nth(challenge, i)],
          strengthIds: [nth(strength, i)],
        },
      })),
      action: ids().map((id, i) => ({
        id,
        data: {
          title: `Action ${i + 1}`,
          description: '',
          recommendationId: nth(recommendation, i),
          leadPartnerId: nth(partner, i),
          supportingPartnerIds: [nth(partner, i + 1)],
          startMonth: '2025-09',
          endMonth: '2026-06',
          resources: '',
          budget: 1000 + i,
          currency: 'EUR',
          fundingSource: '',
          indicators: [
            { id: randomUUID(), name: 'Participants', baseline: 0, target: 50, unit: 'people', verification: '' },
          ],
          risks: '',
        },
      })),
    },
  };
}
