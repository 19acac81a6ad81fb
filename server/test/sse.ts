import type { LiveEvent, PresenceEntry } from '@/domain/live';

// Reads a live-updates stream in a test as a browser would: event by event, waiting for
// the one the test expects (never for a fixed time; the timeout only ends a failed test).

export type SseMessage = { event: string; data: string; id?: string };

export class SseReader {
  private buffer = '';
  private messages: SseMessage[] = [];
  private waiters: (() => void)[] = [];
  private reader: ReadableStreamDefaultReader<Uint8Array>;
  private decoder = new TextDecoder();
  ended = false;

  constructor(readonly response: Response) {
    if (!response.body) throw new Error('No stream');
    this.reader = response.body.getReader();
    void this.pump();
  }

  private async pump() {
    try {
      for (;;) {
        const { done, value } = await this.reader.read();
        if (done) break;
        this.buffer += this.decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = this.buffer.indexOf('\n\n')) >= 0) {
          const block = this.buffer.slice(0, cut);
          this.buffer = this.buffer.slice(cut + 2);
          const message: SseMessage = { event: 'message', data: '' };
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) message.event = line.slice(7);
            else if (line.startsWith('data: ')) data.push(line.slice(6));
            else if (line.startsWith('id: ')) message.id = line.slice(4);
          }
          if (data.length === 0) continue;
          message.data = data.join('\n');
          this.messages.push(message);
        }
        this.waiters.splice(0).forEach((w) => w());
      }
    } catch {
      // cancelled
    }
    this.ended = true;
    this.waiters.splice(0).forEach((w) => w());
  }

  /** Every message so far. */
  get all(): readonly SseMessage[] {
    return this.messages;
  }

  /** The change events so far. */
  get changes(): LiveEvent[] {
    return this.messages.filter((m) => m.event === 'change').map((m) => JSON.parse(m.data) as LiveEvent);
  }

  /** How many messages have come so far: `waitFor(…, { after })` looks only at later ones. */
  get count(): number {
    return this.messages.length;
  }

  /** Waits for the first message (from the start, or `after` that many) that `match` accepts. */
  async waitFor(match: (m: SseMessage) => boolean, timeoutMs = 10_000, after = 0): Promise<SseMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.slice(after).find(match);
      if (found) return found;
      if (this.ended) throw new Error('The stream ended before the expected message');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No such message; got: ${this.messages.map((m) => m.event).join(', ')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  waitForChange(match: (e: LiveEvent) => boolean, timeoutMs?: number): Promise<LiveEvent> {
    return this.waitFor((m) => m.event === 'change' && match(JSON.parse(m.data) as LiveEvent), timeoutMs).then(
      (m) => JSON.parse(m.data) as LiveEvent,
    );
  }

  /** Waits for a presence list that `match` accepts. */
  async waitForPresence(
    match: (list: PresenceEntry[]) => boolean,
    timeoutMs?: number,
    after = 0,
  ): Promise<PresenceEntry[]> {
    let found: PresenceEntry[] | undefined;
    await this.waitFor(
      (m) => {
        if (m.event !== 'presence') return false;
        const list = JSON.parse(m.data) as PresenceEntry[];
        if (!match(list)) return false;
        found = list;
        return true;
      },
      timeoutMs,
      after,
    );
    return found as PresenceEntry[];
  }

  async close() {
    await this.reader.cancel().catch(() => undefined);
  }
}
