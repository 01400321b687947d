/**
 * The `.br`/`.gz` copies of a file from the last build, when the file holds
 * the same bytes: hard links to them (builtFiles.ts `linkOrCopy`; nothing
 * ever writes through a built file), so a rebuild after editing one entry
 * compresses only the pages that changed.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { linkOrCopy } from '../builtFiles.ts';

/**
 * Links the copies of `file` (bytes `content`) from the `previous` build next
 * to `path`; returns the size as sent gzip, or undefined when there is
 * nothing to reuse (the file changed, or had no copies).
 */
export async function reuseCompressedCopies(previous: string, file: string, content: Buffer, path: string): Promise<number | undefined> {
  const before = join(previous, file);
  const same = await readFile(before).then(
    (bytes) => bytes.equals(content),
    () => false,
  );
  if (!same) return undefined;
  const copies = await Promise.all(
    ['.gz', '.br'].map((ext) =>
      linkOrCopy(before + ext, path + ext).then(
        () => true,
        () => false,
      ),
    ),
  );
  return copies[0] ? (await stat(`${path}.gz`)).size : copies[1] ? content.length : undefined;
}
