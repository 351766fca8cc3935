/**
 * Unpacks an uploaded knowledge base (.zip, read with fflate) into a folder,
 * refusing what could escape it or exhaust the machine: absolute paths, `..`,
 * more files or bytes than a knowledge base needs. A zip whose files all sit
 * in one top folder (knowledge/document.yaml …) is unpacked from inside it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

export interface ZipLimits {
  maxFiles: number;
  /** Total bytes once unpacked. */
  maxBytes: number;
}

export const ZIP_LIMITS: ZipLimits = { maxFiles: 500, maxBytes: 50 * 1024 * 1024 };

/** A zip the admin page cannot take; the message says what to fix (shown to staff). */
export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

/** Files a packer adds that are not part of anyone's knowledge base. */
const packerNoise = /(^|\/)(__MACOSX|\.DS_Store|Thumbs\.db|desktop\.ini)(\/|$)/i;

/** Unpacks `data` into `dir`; returns the files written, relative to `dir`. */
export function unpackZip(data: Uint8Array, dir: string, limits: ZipLimits = ZIP_LIMITS): string[] {
  let files = 0;
  let bytes = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(data, {
      filter: (f) => {
        if (f.name.endsWith('/') || packerNoise.test(f.name)) return false;
        if (++files > limits.maxFiles) throw new ZipError(`压缩包中的文件超过 ${limits.maxFiles} 个，不像一个知识库`);
        bytes += f.originalSize;
        if (bytes > limits.maxBytes) throw new ZipError(`压缩包解压后超过 ${Math.round(limits.maxBytes / 1024 / 1024)} MB，不像一个知识库`);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof ZipError) throw e;
    throw new ZipError(`无法读取压缩包（${e instanceof Error ? e.message : String(e)}）；请上传 .zip 格式的知识库文件夹`);
  }
  const names = Object.keys(entries).map((n) => n.replace(/\\/g, '/'));
  for (const n of names) {
    if (n.startsWith('/') || /^[A-Za-z]:/.test(n) || n.split('/').some((s) => s === '..' || s === '')) {
      throw new ZipError(`压缩包中的路径不安全：${n}`);
    }
  }
  if (names.length === 0) throw new ZipError('压缩包是空的');
  // Zipping a folder usually puts everything under its name: unpack from inside it.
  const tops = new Set(names.map((n) => (n.includes('/') ? n.slice(0, n.indexOf('/')) : '')));
  const strip = tops.size === 1 && !tops.has('') && !names.includes('document.yaml') ? `${[...tops][0]}/` : '';
  const written: string[] = [];
  for (const [raw, content] of Object.entries(entries)) {
    const rel = raw.replace(/\\/g, '/').slice(strip.length);
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    written.push(rel);
  }
  return written.sort();
}
