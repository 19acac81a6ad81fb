import type { Context } from 'hono';
import { z } from 'zod';
import { can } from '@/domain';
import { stringify } from 'csv-stringify/sync';
import { csvConventions, csvNumber, programmeCsvRows } from '@/domain/programme-csv';
import { compareTowns, TownComparison } from '@/domain/compare-towns';
import { Workspace } from '@/domain';
import type { Strategy } from '@/domain';
import { AcrossTowns, acrossTowns } from '@/domain/across-towns';
import { ProgrammeSummary, programmeSummary } from '@/domain/programme-summary';
import { GoodPractice, MarkPracticeBody } from '@/domain/good-practice';
import {
  listPractices,
  markPractice as storeMarkPractice,
  removePractice as storeRemovePractice,
} from '../../store/good-practice';
import {
  Dashboard,
  JoinProgrammeBody,
  ProgrammeLink,
  ProgrammeLinkPreview,
  EnrolledTown,
  EnrolTownBody,
  Programme,
  ProgrammeBody,
} from '@/domain/programmes';
import type { Programme as ProgrammeType } from '@/domain/programmes';
import {
  checkCompareQuery,
  checkDocumentLanguage,
  checkIdParam,
  checkProgrammeAccess,
  unknownProgramme,
} from '@/domain/store-rules';
import { audit } from '../../audit';
import { requireAuth, requireSystem } from '../../auth/guard';
import type { Auth } from '../../http/env';
import { ApiError, notFound, orThrow } from '../../errors';
import type { AppEnv } from '../../http/env';
import { readBody } from '../../http/request';
import { csvWords } from '../../http/words';
import {
  coordinatesProgramme,
  createProgramme,
  enrolNewTown,
  getProgramme,
  createProgrammeLink,
  joinProgramme,
  linkPreview,
  listProgrammes,
  loadTowns,
  openProgrammeLink,
  readDashboard,
  updateProgramme,
} from '../../store/programmes';
import { nowIso } from '../../store/time';

type C = Context<AppEnv>;

/**
 * The programme of the `:programmeId` parameter, if the signed-in person may take `action` in
 * it. A programme they do not coordinate (and cannot manage) answers 404, as one that does not exist.
 */
async function programmeParam(
  c: C,
  action: 'read' | 'coordinate' | 'manage',
): Promise<{ programme: ProgrammeType; auth: Auth }> {
  const auth = requireAuth(c);
  const id = orThrow(checkIdParam(c.req.param('programmeId'), 'Programme'));
  const programme = await getProgramme(c.var.db, id);
  if (!programme) throw ApiError.from(unknownProgramme());
  orThrow(checkProgrammeAccess(auth.principal, await coordinatesProgramme(c.var.db, id, auth.user.id), action));
  return { programme, auth };
}

/** The programmes a coordinator coordinates; administrators see every programme. */
export async function list(c: C) {
  const { user, principal } = requireAuth(c);
  const all = can(principal, 'programmes.manage', { kind: 'system' });
  return c.json(z.array(Programme).parse(await listProgrammes(c.var.db, user.id, all)));
}

export async function create(c: C) {
  const auth = requireSystem(c, 'programmes.manage');
  const body = await readBody(c, ProgrammeBody);
  const programme = await c.var.db.transaction(async (tx) => {
    const created = await createProgramme(tx, body, nowIso());
    await audit(tx, {
      action: 'programme-created',
      actorId: auth.user.id,
      actorEmail: auth.user.email,
      target: created.name,
      ip: c.var.ip,
    });
    return created;
  });
  return c.json(Programme.parse(programme), 201);
}

export async function read(c: C) {
  const { programme } = await programmeParam(c, 'read');
  return c.json(Programme.parse(programme));
}

export async function update(c: C) {
  const { programme, auth } = await programmeParam(c, 'manage');
  const body = await readBody(c, ProgrammeBody);
  const changed = await c.var.db.transaction(async (tx) => {
    const updated = await updateProgramme(tx, programme.id, body, nowIso());
    await audit(tx, {
      action: 'programme-changed',
      actorId: auth.user.id,
      actorEmail: auth.user.email,
      target: updated.name,
      ip: c.var.ip,
    });
    return updated;
  });
  return c.json(Programme.parse(changed));
}

/** Every town of the programme with where it stands, computed by the wizard's own rules. */
export async function dashboard(c: C) {
  const { programme } = await programmeParam(c, 'read');
  const answer = await c.var.db.transaction((tx) => readDashboard(tx, programme, new Date()));
  return c.json(Dashboard.parse(answer));
}

/**
 * Every item of every town as a spreadsheet, in the language asked (`?lang=`, else the
 * programme's): UTF-8 with a byte-order mark, RFC 4180 quoting, the delimiter and decimal mark
 * spreadsheet programs expect in that language, numbers as numbers and no cell a formula.
 */
export async function csv(c: C) {
  const { programme } = await programmeParam(c, 'read');
  const lang = orThrow(checkDocumentLanguage(c.req.query('lang') ?? programme.language));
  const towns = await c.var.db.transaction((tx) => loadTowns(tx, programme.id));
  const collator = new Intl.Collator(lang);
  const rows = programmeCsvRows(
    towns
      .map(({ strategy }) => ({
        municipality: strategy.sections.partnership.data.municipality,
        name: strategy.workspace.name,
        strategy,
      }))
      .sort((a, b) => collator.compare(a.municipality || a.name, b.municipality || b.name)),
    csvWords(lang),
  );
  const { delimiter, decimal } = csvConventions(lang);
  const text = stringify(rows, {
    delimiter,
    bom: true,
    record_delimiter: 'windows',
    cast: { number: (n) => csvNumber(n, decimal) },
  });
  const day = new Date().toISOString().slice(0, 10);
  return c.body(text, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${fileSlug(programme.name)}-items-${day}-${lang}.csv"`,
  });
}

/** Two to four towns of the programme side by side, one section, lined up by theme. */
export async function compare(c: C) {
  const { programme } = await programmeParam(c, 'read');
  const { section, ids } = orThrow(checkCompareQuery(c.req.query('section'), c.req.query('towns')));
  const towns = await c.var.db.transaction((tx) => loadTowns(tx, programme.id, ids));
  // A town of another programme is not there to compare: exactly as one that does not exist.
  if (towns.length !== ids.length) throw notFound('Workspace not found');
  const byId = new Map(towns.map((t) => [t.strategy.workspace.id, t.strategy]));
  const comparison = compareTowns(
    ids.map((id) => {
      const strategy = byId.get(id) as Strategy;
      return {
        workspaceId: id,
        name: strategy.workspace.name,
        municipality: strategy.sections.partnership.data.municipality,
        strategy,
      };
    }),
    section,
  );
  return c.json(TownComparison.parse(comparison));
}

/** What the programme's towns plan, counted across them: by theme, target group, funding, month. */
export async function across(c: C) {
  const { programme } = await programmeParam(c, 'read');
  const towns = await c.var.db.transaction((tx) => loadTowns(tx, programme.id));
  return c.json(AcrossTowns.parse(acrossTowns(towns.map(townOf))));
}

/** Everything the programme summary document says, gathered in one answer; the browser writes the file. */
export async function summary(c: C) {
  const { programme } = await programmeParam(c, 'read');
  const lang = orThrow(checkDocumentLanguage(c.req.query('lang') ?? programme.language));
  const towns = await c.var.db.transaction((tx) => loadTowns(tx, programme.id));
  const made = programmeSummary(programme, towns.map(townOf), new Intl.Collator(lang), new Date());
  return c.json(ProgrammeSummary.parse(made));
}

/** A loaded town as the programme's views name it: by its town, else by its workspace. */
const townOf = ({ strategy }: { strategy: Strategy }) => ({
  workspaceId: strategy.workspace.id,
  name: strategy.sections.partnership.data.municipality || strategy.workspace.name,
  strategy,
});

/** A name as a file name any system accepts: Latin letters without marks, digits and dashes. */
const fileSlug = (name: string) =>
  name
    // Letters that do not decompose into a Latin letter and a mark.
    .replace(/[Łł]/g, 'l')
    .replace(/[Đđ]/g, 'd')
    .replace(/[Øø]/g, 'o')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'programme';

/** A new town: its workspace in the programme, and the link that makes its lead. */
export async function enrol(c: C) {
  const { programme, auth } = await programmeParam(c, 'coordinate');
  const body = await readBody(c, EnrolTownBody);
  const enrolled = await c.var.db.transaction(async (tx) => {
    const town = await enrolNewTown(tx, programme, body, auth.user.id, new Date());
    await audit(tx, {
      action: 'town-enrolled',
      actorId: auth.user.id,
      actorEmail: auth.user.email,
      workspaceId: town.workspace.id,
      target: programme.name,
      ip: c.var.ip,
    });
    return town;
  });
  return c.json(EnrolledTown.parse(enrolled), 201);
}

// ---------- good practice (src/domain/good-practice.ts) ----------

/** Every entry of the programme's good-practice library, newest first. */
export async function practices(c: C) {
  const { programme } = await programmeParam(c, 'read');
  return c.json(z.array(GoodPractice).parse(await listPractices(c.var.db, programme.id)));
}

/** A coordinator marks a town's action or recommendation as good practice, with a note. */
export async function markPractice(c: C) {
  const { programme, auth } = await programmeParam(c, 'coordinate');
  const body = await readBody(c, MarkPracticeBody);
  const marked = await c.var.db.transaction((tx) =>
    storeMarkPractice(tx, programme.id, body, { id: auth.user.id, name: auth.user.name }, nowIso()),
  );
  return c.json(GoodPractice.parse(marked.practice), marked.created ? 201 : 200);
}

export async function removePractice(c: C) {
  const { programme } = await programmeParam(c, 'coordinate');
  const practiceId = orThrow(checkIdParam(c.req.param('practiceId'), 'Good practice'));
  await storeRemovePractice(c.var.db, programme.id, practiceId);
  return c.body(null, 204);
}

// ---------- links that bring an existing strategy into the programme ----------

/** A coordinator makes a link for the lead of a town that already writes its strategy here. */
export async function createLink(c: C) {
  const { programme, auth } = await programmeParam(c, 'coordinate');
  const link = await createProgrammeLink(c.var.db, programme.id, auth.user.id, new Date());
  return c.json(ProgrammeLink.parse(link), 201);
}

/** What the link's holder is asked to join; they must be signed in to choose a strategy. */
export async function previewLink(c: C) {
  requireAuth(c);
  const row = await openProgrammeLink(c.var.db, c.req.param('token'));
  return c.json(ProgrammeLinkPreview.parse(linkPreview(row)));
}

/** The lead brings one of their strategies into the programme; its coordinators follow it from now on. */
export async function acceptLink(c: C) {
  const auth = requireAuth(c);
  const { workspaceId } = await readBody(c, JoinProgrammeBody);
  const workspace = await c.var.db.transaction(async (tx) => {
    const link = await openProgrammeLink(tx, c.req.param('token'), true);
    const joined = await joinProgramme(tx, link, workspaceId, auth.user.id, nowIso());
    await audit(tx, {
      action: 'town-enrolled',
      actorId: auth.user.id,
      actorEmail: auth.user.email,
      workspaceId,
      target: link.programme_name,
      ip: c.var.ip,
    });
    return joined;
  });
  return c.json(Workspace.parse(workspace));
}
