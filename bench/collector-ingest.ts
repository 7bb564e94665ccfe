import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { CollectorResult } from './report'

const CANDIDATES = ['collector-throughput.ts', 'collector-throughput.mjs', 'collector-throughput.js']

/**
 * Runs the collector's ingest benchmark when the collector ships one (`bench/collector-throughput.*`
 * exporting `runCollectorBench()` → `{ receiptsPerSecond, lost, duplicated }`). Without one, or when it
 * fails, the report says "not measured" and why: no figure is ever made up.
 */
export const runCollector = async (benchDir: string): Promise<CollectorResult> => {
  const file = CANDIDATES.map((name) => join(benchDir, name)).find((path) => existsSync(path))
  if (!file) return { status: 'not measured', reason: 'the collector ships no `bench/collector-throughput.*` benchmark yet' }
  try {
    const module = (await import(/* @vite-ignore */ file)) as { runCollectorBench?: () => Promise<Record<string, unknown>> }
    if (typeof module.runCollectorBench !== 'function') return { status: 'not measured', reason: `${file} exports no runCollectorBench()` }
    const result = await module.runCollectorBench()
    const { receiptsPerSecond, lost, duplicated } = result
    if (typeof receiptsPerSecond !== 'number' || typeof lost !== 'number' || typeof duplicated !== 'number') {
      return { status: 'not measured', reason: `runCollectorBench() returned ${JSON.stringify(result)}, not { receiptsPerSecond, lost, duplicated }` }
    }
    const detail = Object.entries(result)
      .filter(([key]) => !['receiptsPerSecond', 'lost', 'duplicated'].includes(key))
      .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
      .join('; ')
    return { status: 'measured', receiptsPerSecond, lost, duplicated, ...(detail ? { detail } : {}) }
  } catch (error) {
    return { status: 'not measured', reason: `runCollectorBench() failed: ${(error as Error).message.split('\n')[0]}` }
  }
}
