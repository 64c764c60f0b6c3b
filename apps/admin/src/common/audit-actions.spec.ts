import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS } from './audit-view';

// Every action the API records, read from its source: a new action without a label shows as a raw code.
function recordedActions(dir: string): Set<string> {
  const found = new Set<string>();
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) for (const a of recordedActions(file)) found.add(a);
    else if (file.endsWith('.ts') && !file.endsWith('.spec.ts')) {
      for (const match of readFileSync(file, 'utf8').matchAll(
        /action: (?:[^,]*\? )?'([a-z]+\.[A-Za-z]+)'(?: : '([a-z]+\.[A-Za-z]+)')?/g,
      )) {
        found.add(match[1] as string);
        if (match[2]) found.add(match[2]);
      }
    }
  }
  return found;
}

describe('audit action labels', () => {
  it('name every action the API records', () => {
    const actions = recordedActions(path.resolve(import.meta.dirname, '../../../api/src/modules'));
    expect(actions.size).toBeGreaterThan(10);
    expect([...actions].filter((a) => !(a in AUDIT_ACTION_LABELS)).sort()).toEqual([]);
  });
});
