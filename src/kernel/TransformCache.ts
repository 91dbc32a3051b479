/**
 * Remembers the transforms of recent cells (least recently used out first): re-running a cell
 * unchanged, the most common thing in a notebook, skips esbuild.
 */
import { transformCell, type TransformedCell } from './cellTransform';

export class TransformCache {
  private readonly entries = new Map<string, Promise<TransformedCell>>();

  constructor(private readonly capacity: number) {}

  get(source: string, language: 'typescript' | 'javascript', fileName: string): Promise<TransformedCell> {
    const key = `${language}\0${source}`;
    let hit = this.entries.get(key);
    if (hit) this.entries.delete(key);
    else {
      hit = transformCell(source, language, fileName);
      hit.catch(() => this.entries.delete(key)); // errors are not kept
    }
    this.entries.set(key, hit);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return hit;
  }
}
