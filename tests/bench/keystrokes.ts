import type { CDPSession, Page } from 'playwright-core';

// Typing at a person's pace, and what each keystroke cost as the browser measured it
// (Event Timing API: from the key's press to the next frame painted after its handlers).
//
// Keys are sent through the DevTools protocol on a fixed schedule, without waiting for the
// page to handle the previous one: a page slower than the typist queues keys, as it does for
// a person, and the queueing shows in the latency. (page.keyboard.type waits for each key.)

/** 60 characters, letters and spaces only, appended to the field's text. */
export const TEXT = ' and the reading room stays open late for study groups today';
/** Time between two key presses: a steady typist at about 100 words a minute. */
export const KEY_INTERVAL_MS = 60;
/** How long each key is held down. */
const KEY_HOLD_MS = 30;
/** Event Timing reports nothing faster; such a keystroke counts as this. */
export const FLOOR_MS = 16;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

function keyOf(char: string) {
  if (char === ' ') return { key: ' ', code: 'Space', windowsVirtualKeyCode: 32 };
  if (/^[a-z]$/.test(char)) {
    return { key: char, code: `Key${char.toUpperCase()}`, windowsVirtualKeyCode: char.toUpperCase().charCodeAt(0) };
  }
  throw new Error(`The typist knows only a-z and space, not ${JSON.stringify(char)}`);
}

/** Types `text` into the focused element; returns when the last key was released (Date.now()). */
export async function typeAtPace(cdp: CDPSession, text: string): Promise<number> {
  const start = Date.now();
  const sent: Promise<unknown>[] = [];
  let lastUp = start;
  for (const [i, char] of [...text].entries()) {
    const key = keyOf(char);
    await sleep(start + i * KEY_INTERVAL_MS - Date.now());
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, text: char, unmodifiedText: char }));
    await sleep(KEY_HOLD_MS);
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }));
    lastUp = Date.now();
  }
  await Promise.all(sent);
  return lastUp;
}

type Entry = {
  name: string;
  startTime: number;
  duration: number;
  interactionId: number;
  processingStart: number;
  processingEnd: number;
};
type BenchWindow = Window & {
  __bench: { start: number; keydowns: number; entries: Entry[]; observer: PerformanceObserver };
};

export async function startEventTiming(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    const entries: Entry[] = [];
    const keep = (list: PerformanceEntryList) => {
      for (const e of list as unknown as Entry[]) {
        if (['keydown', 'keypress', 'input', 'keyup'].includes(e.name)) {
          const { name, startTime, duration, interactionId, processingStart, processingEnd } = e;
          entries.push({ name, startTime, duration, interactionId, processingStart, processingEnd });
        }
      }
    };
    const observer = new PerformanceObserver((list) => keep(list.getEntries()));
    observer.observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    w.__bench = { start: performance.now(), keydowns: performance.eventCounts.get('keydown') ?? 0, entries, observer };
  });
}

/** Resolves once the page has painted twice and its main thread has been idle once. */
export async function settle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 5000 })),
        ),
      ),
  );
}

/**
 * The latency of each of the `count` keystrokes typed since startEventTiming, in ms: the longest
 * of its keydown, keypress, input and keyup entries. Key events are grouped by interactionId;
 * `input` has none and belongs to the key whose handlers were running when it was dispatched
 * (its start lies in their processing window). Keystrokes without an entry took under 16 ms.
 */
export async function readKeystrokes(page: Page, count: number): Promise<number[]> {
  await settle(page);
  const { entries, keydowns } = await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    const { start, observer } = w.__bench;
    const pending = observer.takeRecords() as unknown as Entry[];
    observer.disconnect();
    return {
      entries: [...w.__bench.entries, ...pending].filter((e) => e.startTime >= start),
      keydowns: (performance.eventCounts.get('keydown') ?? 0) - w.__bench.keydowns,
    };
  });
  if (keydowns !== count) throw new Error(`The page received ${keydowns} key presses, not ${count}`);

  type Keystroke = { from: number; to: number; max: number };
  const byInteraction = new Map<number, Keystroke>();
  for (const e of entries.filter((x) => x.interactionId > 0)) {
    const k = byInteraction.get(e.interactionId) ?? { from: Infinity, to: -Infinity, max: 0 };
    if (e.name !== 'keyup') {
      k.from = Math.min(k.from, e.processingStart);
      k.to = Math.max(k.to, e.processingEnd);
    }
    k.max = Math.max(k.max, e.duration);
    byInteraction.set(e.interactionId, k);
  }
  const keystrokes = [...byInteraction.values()];
  for (const e of entries.filter((x) => x.name === 'input' && x.interactionId === 0)) {
    const owner = keystrokes.find((k) => k.from <= e.startTime && e.startTime <= k.to);
    // No owner: its key events were all under 16 ms, so the input stands for that keystroke.
    if (owner) owner.max = Math.max(owner.max, e.duration);
    else keystrokes.push({ from: e.startTime, to: e.startTime, max: e.duration });
  }
  if (keystrokes.length > count) throw new Error(`${keystrokes.length} keystrokes measured for ${count} typed`);
  const latencies = keystrokes.map((k) => Math.max(FLOOR_MS, k.max));
  while (latencies.length < count) latencies.push(FLOOR_MS);
  return latencies;
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export const median = (values: number[]) => percentile(values, 50);
