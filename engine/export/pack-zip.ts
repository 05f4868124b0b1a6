// An export's files as one ZIP, written entry by entry with the streaming writer.
import type { ExportedFile } from './export-views';
import { createZipWriter } from './zip-writer';

export function packZip(files: readonly ExportedFile[], modified?: Date): Blob {
  const zip = createZipWriter({ modified });
  try {
    for (const file of files) zip.add(file.name, file.bytes, file.compressible);
    return zip.finish();
  } catch (error) {
    zip.abort();
    throw error;
  }
}
