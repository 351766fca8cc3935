/**
 * The faults the durability suite inflicts on a copy of a good DATA_DIR, as
 * data: each names what it damages and does it. Used by the suite
 * (faults.server-process.test.ts) and by `npx tsx test/durability/fault-table.ts`,
 * which prints what the server does with each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { INDEX_FILES, SESSIONS_FILE, flipBytes, folderInPlaceOf, replaceText, scribblePages, truncateTo, writeUint32 } from '../support/data-dir.ts';

export const QUESTION = '我们企业和江南大学签了300万元技术合同，能拿多少补助？';
export const EXPECTED_YUAN = 900000;

export interface Fault {
  id: string;
  /** What is damaged, as the fault table prints it. */
  what: string;
  /** The file (relative to DATA_DIR) the server must name if it refuses to start. */
  file: string;
  damage(dataDir: string, context: { sessionId: string }): void;
}

/** Offsets in an hnswlib index file, read from its header (hnswalg.h saveIndex). */
function hnswLayout(file: string) {
  const b = readFileSync(file);
  const elements = Number(b.readBigUInt64LE(16));
  const sizePerElement = Number(b.readBigUInt64LE(24));
  const labelOffset = Number(b.readBigUInt64LE(32));
  const dataOffset = Number(b.readBigUInt64LE(40));
  const entryPoint = b.readUInt32LE(52);
  const level0 = 96;
  return { elements, sizePerElement, labelOffset, dataOffset, entryPoint, level0, element: (i: number) => level0 + i * sizePerElement };
}

export const FAULTS: Fault[] = [
  {
    id: 'hnsw-entry-point',
    what: 'hnswlib.index: entry point in the header set to 50,000 (4 bytes)',
    file: INDEX_FILES.hnsw,
    damage: (d) => writeUint32(join(d, INDEX_FILES.hnsw), 52, 50_000),
  },
  {
    id: 'hnsw-links',
    what: "hnswlib.index: the entry point's level-0 neighbour list flipped (4 bytes)",
    file: INDEX_FILES.hnsw,
    damage: (d) => {
      const f = join(d, INDEX_FILES.hnsw);
      const l = hnswLayout(f);
      flipBytes(f, l.element(l.entryPoint) + 4, 4);
    },
  },
  {
    id: 'hnsw-vector',
    what: 'hnswlib.index: bytes inside a vector flipped (4 bytes)',
    file: INDEX_FILES.hnsw,
    damage: (d) => {
      const f = join(d, INDEX_FILES.hnsw);
      const l = hnswLayout(f);
      flipBytes(f, l.element(20) + l.dataOffset + 400, 4);
    },
  },
  {
    id: 'hnsw-label',
    what: 'hnswlib.index: the label of element 5 flipped (4 bytes)',
    file: INDEX_FILES.hnsw,
    damage: (d) => {
      const f = join(d, INDEX_FILES.hnsw);
      const l = hnswLayout(f);
      flipBytes(f, l.element(5) + l.labelOffset, 4);
    },
  },
  {
    id: 'hnsw-tail',
    what: 'hnswlib.index: the last 4 bytes (upper-level links) flipped',
    file: INDEX_FILES.hnsw,
    damage: (d) => flipBytes(join(d, INDEX_FILES.hnsw), -4, 4),
  },
  {
    id: 'hnsw-truncated',
    what: 'hnswlib.index: cut to half its length',
    file: INDEX_FILES.hnsw,
    damage: (d) => truncateTo(join(d, INDEX_FILES.hnsw), 0.5),
  },
  {
    id: 'docstore-out-of-range',
    what: 'docstore.json: "i":43 → "i":63 (out of range)',
    file: INDEX_FILES.docstore,
    damage: (d) => replaceText(join(d, INDEX_FILES.docstore), '"i":43', '"i":63'),
  },
  {
    id: 'docstore-in-range',
    what: 'docstore.json: "i":20 → "i":22 (in range)',
    file: INDEX_FILES.docstore,
    damage: (d) => replaceText(join(d, INDEX_FILES.docstore), '"i":20', '"i":22'),
  },
  {
    id: 'docstore-flipped',
    what: 'docstore.json: 4 bytes in the middle flipped',
    file: INDEX_FILES.docstore,
    damage: (d) => {
      const f = join(d, INDEX_FILES.docstore);
      flipBytes(f, Math.floor(readFileSync(f).length / 2), 4);
    },
  },
  {
    id: 'args-flipped',
    what: 'args.json: numDimensions 2048 → 2047',
    file: INDEX_FILES.args,
    damage: (d) => replaceText(join(d, INDEX_FILES.args), '2048', '2047'),
  },
  {
    id: 'manifest-truncated',
    what: 'manifest.json: cut to half its length',
    file: INDEX_FILES.manifest,
    damage: (d) => truncateTo(join(d, INDEX_FILES.manifest), 0.5),
  },
  {
    id: 'manifest-folder',
    what: 'index/manifest.json is a folder',
    file: INDEX_FILES.manifest,
    damage: (d) => folderInPlaceOf(join(d, INDEX_FILES.manifest)),
  },
  {
    id: 'hnsw-folder',
    what: 'index/vectors/hnswlib.index is a folder',
    file: INDEX_FILES.hnsw,
    damage: (d) => folderInPlaceOf(join(d, INDEX_FILES.hnsw)),
  },
  {
    id: 'db-header-page',
    what: 'sessions.sqlite: page 1 (the header) overwritten with random bytes',
    file: SESSIONS_FILE,
    damage: (d) => scribblePages(join(d, SESSIONS_FILE), [1], 7),
  },
  {
    id: 'db-random-pages',
    what: 'sessions.sqlite: pages 2, 3 and 5 overwritten with random bytes',
    file: SESSIONS_FILE,
    damage: (d) => scribblePages(join(d, SESSIONS_FILE), [2, 3, 5], 11),
  },
  {
    id: 'db-bad-row',
    what: "sessions.sqlite: one session's row is not JSON (its id is sent)",
    file: SESSIONS_FILE,
    damage: (d, { sessionId }) => {
      const db = new Database(join(d, SESSIONS_FILE));
      const changed = db.prepare("UPDATE sessions SET state = '{\"facts\": {not json' WHERE id = ?").run(sessionId).changes;
      db.close();
      if (changed !== 1) throw new Error(`db-bad-row: no session ${sessionId} to damage`);
    },
  },
  {
    id: 'db-folder',
    what: 'sessions.sqlite is a folder',
    file: SESSIONS_FILE,
    damage: (d) => folderInPlaceOf(join(d, SESSIONS_FILE)),
  },
];
