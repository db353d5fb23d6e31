// Expands a zip one member at a time (entries are read lazily, one member's bytes in memory at
// once), under the upload limits. Members are looked at by name first, then read and checked.
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { classifyZipEntryName, printableName } from './classify-zip-entry-name';
import { decodeZipEntryName } from './decode-zip-entry-name';
import { expandDocument } from './expand-document';
import { readZipEntry } from './read-zip-entry';
import type { UploadEntry, UploadLimits } from './upload-entry';

const unixHost = 3;
const symlinkMode = 0o120000;

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function isSymlink(entry: Entry): boolean {
  return entry.versionMadeBy >> 8 === unixHost && ((entry.externalFileAttributes >>> 16) & 0o170000) === symlinkMode;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function openZip(path: string): Promise<ZipFile | { error: string }> {
  try {
    // Names are decoded here (decodeZipEntryName), not by yauzl, which would reject the whole zip
    // for one unsafe name; sizes are checked here too, member by member.
    return await yauzl.openPromise(path, { lazyEntries: true, autoClose: true, decodeStrings: false, validateEntrySizes: false });
  } catch (error) {
    return { error: `This is not a readable zip archive: it is damaged or incomplete (${reasonOf(error)}).` };
  }
}

async function* expandMembers(archiveName: string, zipfile: ZipFile, limits: UploadLimits): AsyncGenerator<UploadEntry> {
  const entries = zipfile.eachEntry();
  let seen = 0;
  let unpacked = 0;
  let yielded = 0;
  try {
    for (;;) {
      let next: IteratorResult<Entry>;
      try {
        next = await entries.next();
      } catch (error) {
        yield { name: archiveName, error: `The zip is damaged after ${seen} file(s); the rest could not be read (${reasonOf(error)}).` };
        return;
      }
      if (next.done) break;
      seen += 1;
      if (seen > limits.maxEntries) {
        yield { name: archiveName, error: `The zip holds more than ${limits.maxEntries} files; only the first ${limits.maxEntries} were read.` };
        return;
      }
      const entry = next.value;
      const decoded = decodeZipEntryName(entry.fileNameRaw, entry.generalPurposeBitFlag, entry.extraFields);
      const name = classifyZipEntryName(decoded);
      if (name.kind === 'skip') continue;
      yielded += 1;
      if (name.kind === 'unsafe') {
        yield { name: `${archiveName} › ${printableName(decoded)}`, error: `Unsafe path “${printableName(decoded)}” (it ${name.reason}); skipped.` };
        continue;
      }
      const memberName = `${archiveName} › ${name.path}`;
      if (isSymlink(entry)) {
        yield { name: memberName, error: 'This is a symbolic link, not a file; skipped.' };
        continue;
      }
      if (/\.zip$/iu.test(name.path)) {
        yield { name: memberName, error: 'A zip inside a zip is not opened; unpack it and add its files instead.' };
        continue;
      }
      const read = await readZipEntry(zipfile, entry, limits, unpacked);
      if (read.kind === 'stop') {
        yield { name: archiveName, error: read.error };
        return;
      }
      if (read.kind === 'error') {
        yield { name: memberName, error: read.error };
        continue;
      }
      unpacked += read.bytes.length;
      if (isZip(read.bytes)) yield { name: memberName, error: 'A zip inside a zip is not opened; unpack it and add its files instead.' };
      else yield* expandDocument(memberName, read.bytes, limits);
    }
  } finally {
    await entries.return?.();
    zipfile.close();
  }
  if (yielded === 0) yield { name: archiveName, error: 'The zip holds no files to import.' };
}

export async function* expandZip(archive: { name: string; path: string }, limits: UploadLimits): AsyncGenerator<UploadEntry> {
  const zipfile = await openZip(archive.path);
  if ('error' in zipfile) {
    yield { name: archive.name, error: zipfile.error };
    return;
  }
  yield* expandMembers(archive.name, zipfile, limits);
}
