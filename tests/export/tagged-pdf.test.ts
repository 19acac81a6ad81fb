import { applyOperations } from '@/domain';
import { buildPdf, pdfOfModel } from '@/features/export/lib/build-pdf';
import { buildDocumentModel } from '@/features/export/lib/model/build-model';
import { diskFonts, labelsFor, NOW, openPdf, readPdf, richStrategy, squash } from './helpers';
import { largeStrategy } from './large-strategy';

// Public bodies publish accessible documents (issue 10): the PDF is tagged, and a screen
// reader following its structure tree reads every word in order, hears headings as
// headings, lists as lists and tables with their header cells, and skips the running
// header, the footer and a table's header repeated on the next page.

type StructNode = { role?: string; type?: string; id?: string; children?: StructNode[] };
/** An element of the structure tree with the text of its own content, in reading order. */
type Element = { role: string; text: string; children: Element[]; objects: number };
type PageRead = { tree: Element[]; tagged: string[]; artifacts: string[]; untagged: string[] };

async function readStructure(bytes: Uint8Array): Promise<PageRead[]> {
  const doc = await openPdf(bytes);
  const pages: PageRead[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    // The text of each marked sequence, by its id; text outside any sequence is untagged.
    const texts = new Map<string, string>();
    const stack: { id: string | null; tag: string }[] = [];
    const artifacts: string[] = [];
    const untagged: string[] = [];
    for (const item of content.items as Array<{ type?: string; id?: string | null; tag?: string; str?: string }>) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')
        stack.push({ id: item.id ?? null, tag: item.tag ?? '' });
      else if (item.type === 'endMarkedContent') stack.pop();
      else if (item.str?.trim()) {
        const tagged = stack.findLast((m) => m.id);
        if (stack.some((m) => m.tag === 'Artifact')) artifacts.push(item.str);
        else if (tagged) texts.set(tagged.id!, (texts.get(tagged.id!) ?? '') + item.str);
        else untagged.push(item.str);
      }
    }
    const tagged = [...texts.keys()];
    const element = (node: StructNode): Element => {
      const kids = node.children ?? [];
      return {
        role: node.role ?? '',
        text: kids.flatMap((k) => (k.type === 'content' ? [texts.get(k.id!) ?? ''] : [])).join(''),
        children: kids.filter((k) => k.role).map(element),
        objects: kids.filter((k) => k.type === 'object').length,
      };
    };
    const root = (await page.getStructTree()) as StructNode | null;
    pages.push({ tree: (root?.children ?? []).map(element), tagged, artifacts, untagged });
  }
  await doc.destroy();
  return pages;
}

const walk = (elements: Element[]): Element[] => elements.flatMap((e) => [e, ...walk(e.children)]);
const textOf = (e: Element): string => e.text + e.children.map(textOf).join('');
const byRole = (pages: PageRead[], role: string) => pages.flatMap((p) => walk(p.tree).filter((e) => e.role === role));

describe('the tagged PDF', () => {
  const strategy = richStrategy();

  test('declares itself tagged and PDF/UA, with its language and title shown', async () => {
    const bytes = await buildPdf(strategy, 'lv', await labelsFor('lv'), diskFonts);
    const pdf = await readPdf(bytes);
    expect(pdf.raw).toMatch(/\/MarkInfo/);
    expect(pdf.raw).toMatch(/\/Marked true/);
    expect(pdf.raw).toMatch(/\/StructTreeRoot/);
    expect(pdf.raw).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(pdf.raw).toMatch(/\/Lang \(lv-LV\)/);
    expect(pdf.raw).toContain('/DisplayDocTitle true');
    // Every page's tab order follows the structure.
    expect(pdf.raw.match(/\/Tabs \/S/g)?.length).toBe(pdf.pages.length);
  });

  test('reads in order: the title, the contents, then every chapter’s heading, in the contents’ order', async () => {
    const labels = await labelsFor('en');
    const model = buildDocumentModel(strategy, labels);
    const pages = await readStructure(await buildPdf(strategy, 'en', labels, diskFonts));
    expect(pages[0]!.tree.map((e) => e.role)).toEqual(['Document']);
    const h1 = byRole(pages, 'H1').map((e) => e.text);
    expect(h1).toEqual([model.cover.title, model.contentsTitle, ...model.toc.map((t) => t.text)]);
    // Each chapter is a section that starts with its heading.
    const sections = byRole(pages, 'Sect').filter((s) => s.children[0]?.role === 'H1');
    expect(sections.map((s) => s.children[0]!.text)).toEqual(
      expect.arrayContaining(model.toc.slice(0, 3).map((t) => t.text)),
    );
    // Item headings are second level.
    expect(byRole(pages, 'H2').map((e) => e.text)).toEqual(expect.arrayContaining([expect.stringMatching(/^N1 /)]));
  });

  test('the contents are a list of links to the chapters, each with its page number', async () => {
    const labels = await labelsFor('en');
    const model = buildDocumentModel(strategy, labels);
    const pages = await readStructure(await buildPdf(strategy, 'en', labels, diskFonts));
    // Each link annotation says where it leads, for assistive technology that lists links.
    const bytes = await buildPdf(strategy, 'en', labels, diskFonts);
    const raw = Buffer.from(bytes).toString('latin1');
    for (const entry of model.toc.filter((t) => /^[\x20-\x7e]+$/.test(t.text)))
      expect(raw).toContain(`/Contents (${entry.text.replace(/[()\\]/g, '\\$&')})`);
    const toc = byRole(pages, 'TOC');
    expect(toc).toHaveLength(1);
    const entries = toc[0]!.children.filter((c) => c.role === 'TOCI');
    expect(entries).toHaveLength(model.toc.length);
    entries.forEach((entry, i) => {
      const link = entry.children[0]!;
      expect(link.role).toBe('Link');
      expect(squash(link.text)).toMatch(
        new RegExp(`^${squash(model.toc[i]!.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\d+$`),
      );
      // The link annotation belongs to the element, so assistive technology can follow it.
      expect(link.objects).toBe(1);
    });
  });

  test('lists have labels and bodies; tables have header cells, then rows of data cells', async () => {
    const labels = await labelsFor('en');
    const pages = await readStructure(await buildPdf(strategy, 'en', labels, diskFonts));
    const items = byRole(pages, 'LI');
    expect(items.length).toBeGreaterThan(5);
    for (const li of items) expect(li.children.map((c) => c.role)).toEqual(['Lbl', 'LBody']);
    expect(items.map((li) => li.children[0]!.text)).toContain('•');
    expect(items.some((li) => li.children[1]!.text.includes(strategy.items.partner[0]!.data.name))).toBe(true);

    const tables = byRole(pages, 'Table');
    expect(tables.length).toBeGreaterThanOrEqual(5);
    const plan = tables.find((t) => textOf(t).includes('Resources and budget'))!;
    expect(plan.children.map((c) => c.role)).toEqual(['THead', 'TBody']);
    const headerCells = plan.children[0]!.children[0]!.children;
    expect(headerCells.every((c) => c.role === 'TH')).toBe(true);
    expect(headerCells.map((c) => c.text)).toEqual([
      'Action',
      'Lead partner',
      'Partners',
      'Timing',
      'Resources and budget',
      'Indicators',
    ]);
    const rows = plan.children[1]!.children;
    expect(rows).toHaveLength(strategy.items.action.length);
    for (const row of rows) {
      expect(row.role).toBe('TR');
      expect(row.children.map((c) => c.role)).toEqual(Array(6).fill('TD'));
    }
    expect(rows[0]!.children[0]!.text).toContain(strategy.items.action[0]!.data.title);
  });

  test('every word drawn is in the structure, except the running header, the footer and rules', async () => {
    const labels = await labelsFor('pl');
    const bytes = await buildPdf(strategy, 'pl', labels, diskFonts);
    const pages = await readStructure(bytes);
    const pdf = await readPdf(bytes);
    for (const [n, page] of pages.entries()) {
      expect(page.untagged, `page ${n + 1}`).toEqual([]);
      if (n > 0) expect(page.artifacts.join(' ')).toContain(`Strona ${n + 1} z ${pages.length}`);
    }
    // What the structure holds is everything the pages show, but the artifacts.
    const structured = squash(pages.flatMap((p) => p.tree.map(textOf)).join(''));
    const shown = squash(pdf.text);
    for (const p of pages) for (const a of p.artifacts) expect(shown).toContain(squash(a));
    expect(structured.length).toBeGreaterThan(shown.length * 0.85);
  });

  test('never leaves a list item’s label at a page’s foot without the start of its text', async () => {
    // A page filled to two lines and a bit from its foot, then a list item of three lines: the
    // body would start on the next page (a paragraph leaves no single line behind), so the
    // label must go with it.
    const model = buildDocumentModel(strategy, await labelsFor('en'));
    const filler = Array.from({ length: 49 }, (_, n) => `Line ${n + 1}`).join('\n');
    const pages = await readStructure(
      await pdfOfModel(
        {
          ...model,
          parts: [
            {
              orientation: 'portrait',
              blocks: [
                { kind: 'paragraph', runs: [{ text: filler }] },
                { kind: 'list', ordered: false, items: [[{ text: 'first\nsecond\nthird' }]] },
              ],
            },
          ],
        },
        diskFonts,
      ),
    );
    const items = pages.flatMap((p) => walk(p.tree).filter((e) => e.role === 'LI'));
    expect(items.map((li) => li.children.map((c) => c.role))).toEqual([['Lbl', 'LBody']]);
    expect(squash(textOf(items[0]!))).toBe(squash('•firstsecondthird'));
  });

  test('a long table’s header repeats on each page as an artifact, read once; a row taller than a page goes on', async () => {
    const big = largeStrategy();
    // One action with a description longer than a landscape page.
    const action = big.items.action[3]!;
    const long = Array.from({ length: 420 }, (_, i) => `sentence${i} of the long description.`).join(' ');
    const strategyWithLong = applyOperations(
      big,
      [{ type: 'updateItem', kind: 'action', id: action.id, data: { ...action.data, description: long } }],
      NOW,
    );
    const labels = await labelsFor('en');
    const pages = await readStructure(await buildPdf(strategyWithLong, 'en', labels, diskFonts));
    const repeated = pages.filter((p) => p.artifacts.includes('Resources and budget'));
    expect(repeated.length).toBeGreaterThan(5);
    const th = byRole(pages, 'TH').filter((e) => e.text === 'Resources and budget');
    expect(th).toHaveLength(1);
    // The long description's every sentence is in its cell, in order, across pages.
    const cells = byRole(pages, 'TD').filter((e) => e.text.includes('of the long description.'));
    expect(cells.length).toBeGreaterThan(1);
    const text = squash(cells.map((c) => c.text).join(''));
    expect(text).toContain(squash(long));
  });
});
