import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { applyOperations, EMPTY_ITEMS, EMPTY_SECTIONS, emptyStrategy, sampleOperations } from '@/domain';
import type { Operation, Strategy } from '@/domain';
import { loadLabels } from '@/features/export/lib/labels';
import type { Labels } from '@/features/export/lib/labels';
import type { FontFile, FontLoader } from '@/features/export/lib/pdf-fonts';
import { FONT_URLS } from '@/features/export/lib/pdf-fonts';
import type { Language } from '@/lib/i18n';

// Shared by the export tests and the benchmark: strategies to export, the document's
// words, fonts read from node_modules, and readers for what comes out.

const require = createRequire(import.meta.url);
export const NOW = '2026-03-15T10:30:00.000Z';
let counter = 0;
export const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

export function workspace(name = 'Valmiera — sample strategy') {
  return { id: newId(), name, createdAt: NOW, updatedAt: NOW };
}

export function sampleStrategy(): Strategy {
  return applyOperations(emptyStrategy(workspace()), sampleOperations(newId), NOW);
}

const byTitle = (s: Strategy, kind: 'need' | 'strength' | 'challenge' | 'recommendation', title: string) =>
  s.items[kind].find((i) => i.data.title.startsWith(title))?.id ?? '';

/** The sample strategy with something in every section and field. */
export function richStrategy(): Strategy {
  const s = sampleStrategy();
  const partner = (name: string) => s.items.partner.find((p) => p.data.name.startsWith(name))?.id ?? '';
  const rec = newId();
  const ops: Operation[] = [
    {
      type: 'putSection',
      key: 'vision',
      data: {
        ...EMPTY_SECTIONS.vision,
        ...s.sections.vision.data,
        summary:
          'Valmiera commits to welcoming newcomers through its library.\n\nThe partnership will review progress every quarter.',
        councilDecision: 'Decision No. 42 of the Valmiera Council',
        adoptionDate: '2026-02-26',
      },
    },
    {
      type: 'createItem',
      kind: 'service',
      id: newId(),
      data: {
        ...EMPTY_ITEMS.service,
        name: 'Ukrainian reading corner',
        runBy: 'Valmiera Library',
        description: 'Books and newspapers in Ukrainian.',
        targetGroups: ['temporaryProtection', 'childrenYouth'],
      },
    },
    {
      type: 'createItem',
      kind: 'meeting',
      id: newId(),
      data: {
        ...EMPTY_ITEMS.meeting,
        title: 'Hackathon on library services',
        date: '2025-04-10',
        format: 'hackathon',
        participants: 18,
        notes: 'Ideas selected by vote',
      },
    },
    {
      type: 'createItem',
      kind: 'need',
      id: newId(),
      data: {
        ...EMPTY_ITEMS.need,
        title: 'Childcare during courses',
        description: 'Mothers cannot attend evening courses.',
        targetGroups: ['women'],
        themes: ['eu.education'],
        evidence: 'Focus group, March 2025',
        priority: 'low',
        partnerId: partner('Shelter'),
      },
    },
    {
      type: 'createItem',
      kind: 'recommendation',
      id: rec,
      data: {
        ...EMPTY_ITEMS.recommendation,
        title: 'Find stable funding together',
        description: 'Apply jointly to national and EU funds.',
        themes: ['eu.funding'],
        needIds: [],
        challengeIds: [byTitle(s, 'challenge', 'No stable funding')],
        strengthIds: [byTitle(s, 'strength', 'Active volunteers')],
      },
    },
    {
      type: 'createItem',
      kind: 'action',
      id: newId(),
      data: {
        ...EMPTY_ITEMS.action,
        title: 'Information desk for newcomers',
        description: 'A desk with leaflets in four languages, open twice a week.',
        recommendationId: byTitle(s, 'recommendation', 'Make the library'),
        leadPartnerId: partner('Valmiera Municipality'),
        supportingPartnerIds: [partner('Valmiera Library'), partner('Valmiera State')],
        startMonth: '2025-10',
        endMonth: '2026-12',
        resources: 'One librarian, 4 hours a week',
        budget: 3500.5,
        currency: 'EUR',
        fundingSource: 'AMIF project LiBri',
        indicators: [
          {
            id: newId(),
            name: 'Newcomers served at the desk',
            baseline: 0,
            target: 300,
            unit: 'visits',
            verification: 'Desk log',
          },
          {
            id: newId(),
            name: 'Leaflet languages',
            baseline: 1,
            target: 4,
            unit: 'languages',
            verification: 'Leaflets',
          },
        ],
        risks: 'Low awareness; mitigated by outreach through the shelter.',
      },
    },
    {
      type: 'createItem',
      kind: 'action',
      id: newId(),
      data: {
        ...EMPTY_ITEMS.action,
        title: 'Joint funding application',
        description: 'Prepare one application with all partners.',
        recommendationId: rec,
        leadPartnerId: partner('Valmiera Library'),
        supportingPartnerIds: [],
        startMonth: '2026-01',
        endMonth: '2026-03',
        resources: '',
        budget: null,
        currency: 'EUR',
        fundingSource: '',
        indicators: [
          {
            id: newId(),
            name: 'Applications submitted',
            baseline: 0,
            target: 1,
            unit: 'applications',
            verification: 'Submission receipt',
          },
        ],
        risks: '',
      },
    },
  ];
  const rich = applyOperations(s, ops, NOW);
  // Descriptions on every finding, so each one can be found in the document.
  const described = (['need', 'strength', 'challenge'] as const).flatMap((kind) =>
    rich.items[kind]
      .filter((i) => !i.data.description)
      .map((i): Operation => ({
        type: 'updateItem',
        kind,
        id: i.id,
        data: {
          ...i.data,
          description: `Why it matters: ${i.data.title}.`,
          evidence: i.data.evidence || 'Partnership workshop',
        },
      })),
  );
  return applyOperations(rich, described, NOW);
}

/** The document's words in language `lng`, as the app loads them. */
export const labelsFor = (lng: Language): Promise<Labels> => loadLabels(lng);

const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const ROBOTO_DIR = fileURLToPath(new URL('../../src/features/export/fonts', import.meta.url));
const FILES: Record<FontFile, string> = Object.fromEntries(
  Object.keys(FONT_URLS).map((f) => [
    f,
    f.startsWith('Roboto') ? join(ROBOTO_DIR, f) : join(pkgDir('dejavu-fonts-ttf'), 'ttf', f),
  ]),
) as Record<FontFile, string>;

/** Fonts from node_modules, as the browser would fetch them. */
export const diskFonts: FontLoader = async (files) =>
  Object.fromEntries(
    await Promise.all(files.map(async (f) => [f, new Uint8Array(await readFile(FILES[f]))])),
  ) as Record<FontFile, Uint8Array>;

export type DocxParts = { document: string; styles: string; core: string; settings: string; files: string[] };

export async function readDocx(bytes: Uint8Array | Blob): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes instanceof Blob ? await bytes.arrayBuffer() : bytes);
  const text = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  return {
    document: await text('word/document.xml'),
    styles: await text('word/styles.xml'),
    core: await text('docProps/core.xml'),
    settings: await text('word/settings.xml'),
    files: Object.keys(zip.files),
  };
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : (XML_ENTITIES[e] ?? whole),
  );

/** The text of each paragraph of document.xml, with its style. */
export function docxParagraphs(xml: string): { style: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '',
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((m) => (m[1] === undefined ? '\n' : unescapeXml(m[1])))
      .join(''),
  }));
}

/** A PDF opened with pdf.js as a reader would, quietly, without running or drawing anything. */
export async function openPdf(bytes: Uint8Array) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true }).promise;
}

export type PdfRead = { pages: string[]; text: string; outline: string[]; raw: string; info: Record<string, unknown> };

export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const doc = await openPdf(bytes);
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join(''));
  }
  type Node = { title: string; items: Node[] };
  const flat = (nodes: Node[] | null): string[] => (nodes ?? []).flatMap((n) => [n.title, ...flat(n.items)]);
  const outline = flat((await doc.getOutline()) as Node[] | null);
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return {
    pages,
    text: pages.join('\n'),
    outline,
    raw: Buffer.from(bytes).toString('latin1'),
    info: info as Record<string, unknown>,
  };
}

/** A run of text as drawn on a PDF page: its baseline `y` from the page's foot, its font size, in points. */
export type PdfItem = { str: string; x: number; y: number; size: number };
export type PdfPage = { width: number; height: number; items: PdfItem[] };

/** What each page of a PDF draws where, for checks of the layout (pdfjs, as `readPdf`). */
export async function readPdfLayout(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await openPdf(bytes);
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const items = (await page.getTextContent()).items.flatMap((i) =>
      'str' in i && i.str.trim()
        ? [
            {
              str: i.str,
              x: i.transform[4] as number,
              y: i.transform[5] as number,
              size: Math.hypot(i.transform[0], i.transform[1]),
            },
          ]
        : [],
    );
    pages.push({ width, height, items });
  }
  await doc.destroy();
  return pages;
}

/** Throws on anything an XML parser (Word's included) would refuse. */
export function assertWellFormed(xml: string) {
  const parser = new SaxesParser();
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
}

/** Compares text across line breaks and the spaces a layout may add or drop. */
export const squash = (s: string) => s.replace(/\s+/g, '');
