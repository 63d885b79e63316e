import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { letOthersTraverse } from './embedded-postgres.js';

describe('letting the postgres user through DATA_DIR', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'traverse-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const modeOf = (dir: string) => statSync(dir).mode & 0o7777;
  const dirWith = (name: string, mode: number) => {
    const dir = path.join(root, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    chmodSync(dir, mode);
    return dir;
  };

  it.each([
    [0o700, 0o711],
    [0o750, 0o751],
    [0o755, 0o755],
    [0o1777, 0o1777],
    [0o711, 0o711],
  ])('a directory with mode %o ends with %o (never loses a permission)', (before, after) => {
    const dir = dirWith(`d${before.toString(8)}`, before);
    letOthersTraverse(dir);
    expect(modeOf(dir)).toBe(after);
  });
});
