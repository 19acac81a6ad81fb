import { storableText, applyOperations, emptyStrategy } from '@/domain';
import { BACKUP_MAX_BYTES, backupToOperations, parseBackup, strategyToBackup } from '@/domain/backup';
import type { Operation, Strategy } from '@/domain';
import type { BackupFile, BackupProblem } from '@/domain/backup';
import type { ExportKey } from '@/features/export/lib/labels';
import { LANGUAGES } from '@/lib/i18n';
import { labelsFor, newId, NOW, richStrategy, workspace } from './helpers';

// The backup file: export → import → export gives the same content (ids aside), and a
// file that is not a good backup is refused with a message that says what is wrong.

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The backup with ids numbered by first appearance, so two copies compare by content and links. */
function canonical(backup: BackupFile): unknown {
  const ids = new Map<string, string>();
  const json = JSON.stringify({ ...backup, exportedAt: '' });
  return JSON.parse(json.replace(UUID, (id) => ids.get(id) ?? (ids.set(id, `#${ids.size + 1}`), `#${ids.size}`)));
}

function importBackup(text: string): Strategy {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return applyOperations(
    emptyStrategy(workspace(parsed.backup.workspace.name)),
    backupToOperations(parsed.backup, newId),
    NOW,
  );
}

/** The backup as the import keeps it: every text through the domain's `storableText`. */
const storable = (backup: BackupFile): BackupFile =>
  JSON.parse(JSON.stringify(backup), (_key, value: unknown) =>
    typeof value === 'string' ? storableText(value) : value,
  );

const SHORT_HOSTILE = `"q" 'q' & <script>alert(1)</script> 🎉 مرحبا שלום Привет ĀāĄąĖėȘșȚț bell\u0007 lone\uD800`;

function hostile(s: Strategy): Strategy {
  const need = s.items.need[0]!;
  const ops: Operation[] = [
    {
      type: 'updateItem',
      kind: 'need',
      id: need.id,
      data: { ...need.data, title: SHORT_HOSTILE, description: SHORT_HOSTILE.repeat(10) },
    },
    { type: 'putSection', key: 'vision', data: { ...s.sections.vision.data, summary: SHORT_HOSTILE } },
  ];
  return applyOperations(s, ops, NOW);
}

describe('the backup file', () => {
  test.each([
    ['the rich sample', richStrategy],
    ['hostile text', () => hostile(richStrategy())],
    ['an empty workspace', () => emptyStrategy(workspace('Empty'))],
  ])('round-trips %s: export → import → export gives the same content', (_name, make) => {
    const original = make();
    const first = strategyToBackup(original, NOW);
    const imported = importBackup(JSON.stringify(first, null, 2));
    const second = strategyToBackup(imported, NOW);
    // What PostgreSQL cannot store (a lone surrogate) is normalised once, on the way in.
    expect(canonical(second)).toEqual(canonical(storable(first)));
    // New ids everywhere, links re-pointed to them.
    const oldIds = new Set(JSON.stringify(first).match(UUID));
    expect(
      JSON.stringify(second)
        .match(UUID)
        ?.filter((id) => oldIds.has(id)) ?? [],
    ).toEqual([]);
  });

  const good = () => strategyToBackup(richStrategy(), NOW);
  const cases: [string, string, BackupProblem['key']][] = [
    ['not JSON', '{"format": "libri-strategy-backup", ', 'backup.notJson'],
    ['too large', ' '.repeat(BACKUP_MAX_BYTES + 1), 'backup.tooLarge'],
    ['from another program', JSON.stringify({ type: 'FeatureCollection', features: [] }), 'backup.otherProgram'],
    ['a JSON array', '[1, 2, 3]', 'backup.otherProgram'],
    ['of a newer format version', JSON.stringify({ ...good(), formatVersion: 3 }), 'backup.newerVersion'],
    [
      'nested far too deeply',
      `{"format": "libri-strategy-backup", "x": ${'['.repeat(5000)}${']'.repeat(5000)}}`,
      'backup.tooDeep',
    ],
    [
      'with the same item twice',
      ((g) => JSON.stringify({ ...g, items: { ...g.items, strength: [g.items.need[0]] } }))(good()),
      'backup.duplicateId',
    ],
    [
      'breaking the schema',
      JSON.stringify({ ...good(), items: { ...good().items, need: [{ id: 'not-a-uuid', data: {} }] } }),
      'backup.invalid',
    ],
    ['with an over-long title', JSON.stringify({ ...good(), workspace: { name: 'x'.repeat(500) } }), 'backup.invalid'],
  ];

  test.each(cases)('refuses a file %s, saying what is wrong in every language', async (_name, text, key) => {
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.key).toBe(key);
    const { key: _key, ...vars } = parsed.problem;
    for (const lng of LANGUAGES) {
      const message = (await labelsFor(lng)).t(key as ExportKey, vars);
      expect(message).not.toContain('{{');
      expect(message).not.toBe(key);
      for (const v of Object.values(vars)) expect(message).toContain(String(v));
    }
  });

  test('imports a file of format 1, written by the first release, with every field', () => {
    const current = good();
    const v1 = { ...current, formatVersion: 1 } as Record<string, unknown>;
    delete v1.app;
    expect(parseBackup(JSON.stringify(v1))).toEqual({ ok: true, backup: current });
  });

  test('imports a file whose items lack a field added since, or carry one removed since', () => {
    const backup = good();
    const { risks: _gone, ...older } = backup.items.action[0]!.data;
    const text = JSON.stringify({
      ...backup,
      items: { ...backup.items, action: [{ ...backup.items.action[0]!, data: { ...older, retired: 'x' } }] },
    });
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.backup.items.action[0]!.data).toEqual({ ...older, risks: '' });
  });

  test('names the field that breaks the schema', () => {
    const backup = good();
    const text = JSON.stringify({
      ...backup,
      items: {
        ...backup.items,
        need: [{ ...backup.items.need[0]!, data: { ...backup.items.need[0]!.data, priority: 'urgent' } }],
      },
    });
    expect(parseBackup(text)).toEqual({
      ok: false,
      problem: { key: 'backup.invalid', field: 'items.need.0.data.priority' },
    });
  });
});
