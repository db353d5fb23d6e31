// A one-line progress bar on stderr, only when stderr is a terminal, so piped and logged output
// stays clean. Redraws are throttled: a batch of small files must not spend its time drawing.
export interface ProgressState {
  done: number;
  total: number;
  current: string;
}

interface TerminalStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const redrawEveryMs = 100;
const barWidth = 20;

// East Asian wide characters take two terminal columns.
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  const isWide =
    (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x20000 && code <= 0x3fffd);
  return isWide ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

// Keeps the end of a long name (the file, not its folders) within `width` columns.
function fitTail(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width < 2) return '';
  const chars = [...text];
  let kept = '';
  let used = 1;
  for (let index = chars.length - 1; index >= 0; index -= 1) {
    const char = chars[index] ?? '';
    if (used + charWidth(char) > width) break;
    kept = char + kept;
    used += charWidth(char);
  }
  return `…${kept}`;
}

export function renderProgressLine(state: ProgressState, elapsedMs: number, columns: number): string {
  const share = state.total > 0 ? Math.min(1, state.done / state.total) : 0;
  const filled = Math.round(share * barWidth);
  const rate = elapsedMs > 0 ? (state.done * 1000) / elapsedMs : 0;
  const head = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${state.done}/${state.total} ${Math.floor(share * 100)}% · ${rate.toFixed(1)} files/s`;
  const room = columns - 1 - displayWidth(head) - 3;
  return room > 0 && state.current ? `${head} · ${fitTail(state.current, room)}` : head;
}

export class ProgressBar {
  private state: ProgressState = { done: 0, total: 0, current: '' };
  private readonly startedAt: number;
  private lastDrawAt = -Infinity;
  private isDrawn = false;
  private pending: NodeJS.Timeout | null = null;

  private constructor(private readonly stream: TerminalStream, private readonly now: () => number) {
    this.startedAt = now();
  }

  /** A bar on `stream`, or null when it is not a terminal (nothing is drawn then). */
  static create(stream: TerminalStream, now: () => number = () => performance.now()): ProgressBar | null {
    return stream.isTTY ? new ProgressBar(stream, now) : null;
  }

  update(change: Partial<ProgressState>): void {
    this.state = { ...this.state, ...change };
    const wait = this.lastDrawAt + redrawEveryMs - this.now();
    if (wait <= 0) this.draw();
    else this.pending ??= setTimeout(() => this.draw(), wait).unref();
  }

  /** Takes the bar off the line, so that a line of output can be written in its place. */
  clear(): void {
    if (this.isDrawn) this.stream.write('\r\x1b[2K');
    this.isDrawn = false;
  }

  stop(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = null;
    this.clear();
  }

  private draw(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = null;
    this.lastDrawAt = this.now();
    const line = renderProgressLine(this.state, this.lastDrawAt - this.startedAt, this.stream.columns || 80);
    this.stream.write(`\r\x1b[2K${line}`);
    this.isDrawn = true;
  }
}
