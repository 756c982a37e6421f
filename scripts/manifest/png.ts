import * as fs from 'node:fs';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG file's IHDR chunk, or undefined when the file is not a PNG. */
export function readPngSize(file: string): { width: number; height: number } | undefined {
  const header = Buffer.alloc(24);
  const descriptor = fs.openSync(file, 'r');
  try {
    fs.readSync(descriptor, header, 0, header.length, 0);
  } finally {
    fs.closeSync(descriptor);
  }
  // Signature, then the first chunk: length (4 bytes), type "IHDR", width, height (big-endian).
  if (!header.subarray(0, 8).equals(SIGNATURE) || header.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}
